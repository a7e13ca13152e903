import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { signedHeaders } from '../delivery/webhook-signature';
import { WebhookTransport } from '../delivery/webhook-transport';
import { WebhooksRepository } from '../webhooks.repository';

export type DeliveryOutcome = 'delivered' | 'skipped' | { retry: string } | { failed: string };

/** One attempt at one delivery: signed afresh (a new timestamp), the same body and id every time. Any 2xx is taken. */
@Injectable()
export class DeliverWebhook {
  constructor(
    private readonly webhooks: WebhooksRepository,
    private readonly transport: WebhookTransport,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(deliveryId: string, lastAttempt: boolean): Promise<DeliveryOutcome> {
    const delivery = await this.webhooks.deliveryToSend(deliveryId);
    // Gone with its endpoint, or settled by an earlier run of this job: nothing to do.
    if (!delivery || delivery.status !== 'queued') return 'skipped';
    const at = this.clock.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    try {
      statusCode = await this.transport.post(delivery.url, delivery.body, signedHeaders(delivery.secret, delivery.id, at, delivery.body));
      if (statusCode < 200 || statusCode >= 300) error = `the receiver answered ${statusCode}`;
    } catch (failure) {
      error =
        (failure as Error).cause instanceof Error
          ? `${(failure as Error).message}: ${((failure as Error).cause as Error).message}`
          : (failure as Error).message;
    }
    const status = error === null ? 'delivered' : lastAttempt ? 'failed' : 'queued';
    await this.webhooks.settleAttempt(delivery.id, { at, statusCode, error, status });
    if (error === null) return 'delivered';
    return lastAttempt ? { failed: error } : { retry: error };
  }
}
