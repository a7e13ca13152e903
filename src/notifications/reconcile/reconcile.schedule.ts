import { Inject, Injectable } from '@nestjs/common';
import { Cron, CronExpression } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { QueueConfig } from '../../config/queue.config';
import { NotificationQueues } from '../queues/notification-queues.service';

export const RECONCILE_EVERY = CronExpression.EVERY_MINUTE;

/** Only enqueues: the pass itself runs on a worker, once per minute however many schedulers ask (the job id is the minute). */
@Injectable()
export class ReconcileSchedule {
  constructor(
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(QueueConfig) private readonly queueConfig: QueueConfig,
  ) {}

  @Cron(RECONCILE_EVERY, { name: 'reconcile notification outbox' })
  async requestPass(): Promise<void> {
    if (!this.queueConfig.runScheduler) return;
    await this.queues.enqueue('reconcile outbox', { requestedAt: this.clock.now().toISOString() }, 0, 1);
  }
}
