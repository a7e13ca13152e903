import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { Environment } from '../../config/environment';
import { WebhookQueue } from './webhook-queue.service';

/** Every ten seconds: appeals reach sections' tools within about that long. */
export const WEBHOOK_MAINTENANCE_EVERY = '*/10 * * * * *';

/** Only enqueues: the pass runs on a worker, once per slot however many schedulers ask (the job id is the slot). */
@Injectable()
export class WebhookSchedule {
  constructor(private readonly queue: WebhookQueue, @Inject(Clock) private readonly clock: Clock, @Inject(Environment) private readonly environment: Environment) {}

  @Cron(WEBHOOK_MAINTENANCE_EVERY, { name: 'webhook maintenance' })
  async requestPass(): Promise<void> {
    if (!this.environment.RUN_SCHEDULER) return;
    await this.queue.enqueue('webhook maintenance', { requestedAt: this.clock.now().toISOString() }, 1);
  }
}
