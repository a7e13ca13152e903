import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { QueueConfig } from '../../config/queue.config';
import { NotificationQueues } from '../queues/notification-queues.service';

/**
 * Asks for a planning run every hour, not only at the digest hour, so a run missed while no worker was up, or one
 * that failed, is carried on within the hour. The run itself does nothing for a period already settled.
 */
@Injectable()
export class DigestSchedule {
  constructor(
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(QueueConfig) private readonly queueConfig: QueueConfig,
  ) {}

  @Cron('2 * * * *', { name: 'plan notice digests' })
  async requestRun(): Promise<void> {
    if (!this.queueConfig.runScheduler) return;
    await this.queues.enqueue('plan digests', { requestedAt: this.clock.now().toISOString() }, 0, 3);
  }
}
