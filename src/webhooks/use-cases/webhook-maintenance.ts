import { Injectable } from '@nestjs/common';
import { WebhookQueue } from '../delivery/webhook-queue.service';
import { webhookJobIdOf } from '../delivery/webhook-queue';
import { WebhooksRepository } from '../webhooks.repository';
import { QueueAppealWebhooks } from './queue-appeal-webhooks';

/** Deliveries queued a minute ago and still waiting are looked at; the row is the truth, the job only wakes a worker. */
const STALE_AFTER_SECONDS = 60;

/** The pass the scheduler asks for every ten seconds: new appeals, then deliveries whose job Redis lost. */
@Injectable()
export class WebhookMaintenance {
  constructor(
    private readonly appeals: QueueAppealWebhooks,
    private readonly webhooks: WebhooksRepository,
    private readonly queue: WebhookQueue,
  ) {}

  async pass(): Promise<{ appeals: number; requeued: number }> {
    const appeals = await this.appeals.pass();
    let requeued = 0;
    for (const deliveryId of await this.webhooks.staleQueuedIds(STALE_AFTER_SECONDS, 500)) {
      const jobId = webhookJobIdOf['deliver webhook']({ deliveryId });
      const state = await this.queue.queue.getJobState(jobId);
      if (state === 'waiting' || state === 'delayed' || state === 'active' || state === 'prioritized' || state === 'waiting-children')
        continue;
      // No job, or one that finished while its row stayed queued (the settlement failed): make it again.
      if (state !== 'unknown') await this.queue.queue.remove(jobId);
      await this.queue.enqueue('deliver webhook', { deliveryId });
      requeued += 1;
    }
    return { appeals, requeued };
  }
}
