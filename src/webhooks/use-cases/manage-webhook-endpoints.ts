import { isIP } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { SecurityConfig } from '../../config/security.config';
import { Invalid, NotAllowed, NotFound } from '../../platform/errors/domain-errors';
import type { RegisterWebhookEndpointDto } from '../api/register-webhook-endpoint.dto';
import type { WebhookDelivery } from '../webhook-delivery.entity';
import type { WebhookEndpoint } from '../webhook-endpoint.entity';
import { WebhooksRepository } from '../webhooks.repository';
import type { WebhookManager } from './webhook-owner';

/** Loopback, private and link-local addresses: a production endpoint must not point into our own network. */
const INTERNAL_HOST =
  /^(localhost|.*\.localhost|127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|169\.254\.|0\.|\[?::1\]?$|\[?f[cd]|\[?fe80)/i;

/** An endpoint as its managers see it: never its secret, which is shown only to whoever registered it, as they gave it. */
export type WebhookEndpointView = Pick<WebhookEndpoint, 'id' | 'sectionId' | 'url' | 'events' | 'createdByUserId' | 'createdAt'>;

const endpointView = ({ id, sectionId, url, events, createdByUserId, createdAt }: WebhookEndpoint): WebhookEndpointView => ({
  id,
  sectionId,
  url,
  events,
  createdByUserId,
  createdAt,
});

/** Registering, listing and removing a section's (or, for admins, the network's) endpoints, and their delivery logs. */
@Injectable()
export class ManageWebhookEndpoints {
  constructor(
    private readonly webhooks: WebhooksRepository,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
  ) {}

  /** `sectionId` null: the network's endpoint, which hears of every section's appeals (totals only). Admins only. */
  async register(manager: WebhookManager, sectionId: string | null, input: RegisterWebhookEndpointDto): Promise<WebhookEndpointView> {
    if (sectionId === null && !manager.isAdmin) throw new NotAllowed('Only admins register the network’s endpoints');
    if (sectionId !== null && !(await this.webhooks.sectionExists(sectionId))) throw NotFound.entity('Section', sectionId);
    this.assertReachableFromOutside(input.url);
    const endpoint = await this.webhooks.insertEndpoint({
      sectionId,
      url: input.url,
      secret: input.secret,
      events: input.events,
      createdByUserId: manager.userId,
    });
    return endpointView(endpoint);
  }

  async list(sectionId: string | null): Promise<WebhookEndpointView[]> {
    return (await this.webhooks.listEndpoints(sectionId)).map(endpointView);
  }

  async remove(sectionId: string | null, endpointId: string): Promise<void> {
    await this.owned(sectionId, endpointId);
    await this.webhooks.deleteEndpoint(endpointId);
  }

  /** The endpoint's latest deliveries, newest first: status, attempts, the last answer or error. */
  async deliveries(sectionId: string | null, endpointId: string): Promise<WebhookDelivery[]> {
    await this.owned(sectionId, endpointId);
    return this.webhooks.deliveriesOf(endpointId, 200);
  }

  /** An endpoint of this section (or, with null, any endpoint: an admin's view); another section's is 404. */
  private async owned(sectionId: string | null, endpointId: string): Promise<WebhookEndpoint> {
    const endpoint = await this.webhooks.findEndpoint(endpointId);
    if (!endpoint || (sectionId !== null && endpoint.sectionId !== sectionId)) throw NotFound.entity('Webhook endpoint', endpointId);
    return endpoint;
  }

  private assertReachableFromOutside(url: string): void {
    if (!this.security.production) return;
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'https:') throw Invalid.at('url', 'url must use https');
    if (INTERNAL_HOST.test(hostname) || (isIP(hostname) === 0 && !hostname.includes('.'))) {
      throw Invalid.at('url', 'url must name a host outside this network');
    }
  }
}
