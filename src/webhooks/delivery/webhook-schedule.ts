import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { QueueConfig } from '../../config/queue.config';
import { WebhookQueue } from './webhook-queue.service';

/** Every ten seconds: appeals reach sections' tools within about that long. */
export const WEBHOOK_MAINTENANCE_EVERY = '*/10 * * * * *';

/** Only enqueues: the pass runs on a worker, once per slot however many schedulers ask (the job id is the slot). */
@Injectable()
export class WebhookSchedule {
  constructor(
    private readonly queue: WebhookQueue,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(QueueConfig) private readonly queueConfig: QueueConfig,
  ) {}

  @Cron(WEBHOOK_MAINTENANCE_EVERY, { name: 'webhook maintenance' })
  async requestPass(): Promise<void> {
    if (!this.queueConfig.runScheduler) return;
    await this.queue.enqueue('webhook maintenance', { requestedAt: this.clock.now().toISOString() }, 1);
  }
}
