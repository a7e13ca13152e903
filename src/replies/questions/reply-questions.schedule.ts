import { Inject, Injectable } from '@nestjs/common';
import { Cron } from '@nestjs/schedule';
import { Clock } from '../../common/clock';
import { QueueConfig } from '../../config/queue.config';
import { NotificationQueues } from '../../notifications/queues/notification-queues.service';

/** Every hour, past the digests' minute: letters turn two weeks old all day, and a missed run is carried on by the next. */
export const ASK_ABOUT_REPLIES_CRON = '7 * * * *';

/** Only enqueues: the run itself is a worker's job, one per hour however many schedulers ask. */
@Injectable()
export class ReplyQuestionsSchedule {
  constructor(
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(QueueConfig) private readonly queueConfig: QueueConfig,
  ) {}

  @Cron(ASK_ABOUT_REPLIES_CRON, { name: 'ask writers about replies' })
  async requestRun(): Promise<void> {
    if (!this.queueConfig.runScheduler) return;
    await this.queues.enqueue('ask about replies', { requestedAt: this.clock.now().toISOString() }, 0, 3);
  }
}
