import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionEvent, ActionEvents, ActionEventsListener, AfterCommit } from '../../actions/action-events';
import { ActionUpdateKind } from '../../actions/action-vocabulary';
import { FindActionIn } from '../../actions/use-cases/find-action-in';
import { FindActionUpdateIn } from '../../actions/use-cases/find-action-update-in';
import { Clock } from '../../common/clock';
import { WebhookQueue } from '../delivery/webhook-queue.service';
import type { WebhookEventName } from '../webhook-events';
import { actionData, updateData, webhookBody } from '../webhook-payloads';
import { WebhooksRepository } from '../webhooks.repository';

const nothing: AfterCommit = async () => undefined;

/**
 * What publishing, updating, extending and closing an action mean for webhooks: a delivery row per subscribed
 * endpoint, written in the action's own transaction (a rolled-back change sends nothing), woken once it committed.
 */
@Injectable()
export class RecordActionWebhooks implements ActionEventsListener, OnModuleInit {
  private readonly logger = new Logger('ActionWebhooks');

  constructor(
    private readonly events: ActionEvents,
    private readonly findAction: FindActionIn,
    private readonly findUpdate: FindActionUpdateIn,
    private readonly webhooks: WebhooksRepository,
    private readonly queue: WebhookQueue,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.subscribe(this);
  }

  async record(manager: EntityManager, event: ActionEvent): Promise<AfterCommit> {
    if (event.kind === 'edited') return nothing;
    const update = event.kind === 'update posted' ? await this.findUpdate.execute(manager, event.updateId) : null;
    const name: WebhookEventName =
      event.kind === 'published'
        ? 'action.published'
        : event.kind === 'closed'
          ? 'action.closed'
          : update?.kind === ActionUpdateKind.DeadlineExtension
            ? 'action.deadline_extended'
            : 'action.update_posted';
    const endpoints = await this.webhooks.subscribedTo(manager, name);
    if (endpoints.length === 0) return nothing;
    const action = await this.findAction.execute(manager, event.actionId);
    // A demonstration is for trying the product: no section's tool hears of it.
    if (action.isDemonstration) return nothing;
    const body = webhookBody(name, this.clock.now(), { action: actionData(action), ...(update && { update: updateData(update) }) });
    const subject = update?.id ?? action.id;
    const ids = await this.webhooks.insertDeliveries(
      manager,
      endpoints.map((endpoint) => ({
        id: randomUUID(),
        endpointId: endpoint.id,
        event: name,
        dedupeKey: `${name}:${subject}:${endpoint.id}`,
        body,
      })),
    );
    return async () => {
      try {
        await this.queue.deliver(ids);
      } catch (error) {
        // Committed rows are the truth: maintenance queues them within a minute.
        this.logger.warn(`Queuing ${name} webhooks for action ${action.id} failed, maintenance will retry: ${(error as Error).message}`);
      }
    };
  }
}
