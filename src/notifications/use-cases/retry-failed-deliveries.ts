import { Inject, Injectable, Logger } from '@nestjs/common';
import { ActionExists } from '../../actions/use-cases/action-exists';
import { Clock } from '../../common/clock';
import { NotFound } from '../../platform/errors/domain-errors';
import { DeliveriesRepository } from '../deliveries/deliveries.repository';
import { NotificationQueues } from '../queues/notification-queues.service';
import { TargetMessages } from '../sending/target-messages';

/**
 * Puts failed messages of the action back in the queue, due now (a letter in a new pacing slot to its target), and
 * wakes them; the reconciler wakes any it could not. Bounced ones stay: their address is wrong.
 */
@Injectable()
export class RetryFailedDeliveries {
  private readonly logger = new Logger('Deliveries');

  constructor(
    private readonly deliveries: DeliveriesRepository,
    private readonly queues: NotificationQueues,
    private readonly targetMessages: TargetMessages,
    @Inject(Clock) private readonly clock: Clock,
    private readonly actionExists: ActionExists,
  ) {}

  async retry(actionId: string, ids?: string[]): Promise<{ requeued: number }> {
    if (!(await this.actionExists.execute(actionId))) throw NotFound.entity('Action', actionId);
    const requeued = await this.deliveries.withTransaction(async (manager) =>
      this.targetMessages.repace(manager, await this.deliveries.requeueFailed(manager, actionId, ids ?? null, this.clock.now())),
    );
    try {
      // Their jobs failed for good and are still kept: removed first, or adding them again would do nothing.
      await this.queues.withoutLiveSendJob(requeued.map((row) => row.id));
      await this.queues.sendMessages(requeued, this.clock.now());
    } catch (error) {
      this.logger.warn(`Queuing ${requeued.length} re-driven messages failed, the reconciler will: ${(error as Error).message}`);
    }
    return { requeued: requeued.length };
  }
}
