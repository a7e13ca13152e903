import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { ActionEvent, ActionEventsListener, AfterCommit } from '../actions/action-events';
import { ActionStatus } from '../actions/action-vocabulary';
import { FindActionIn } from '../actions/use-cases/find-action-in';
import { Clock } from '../common/clock';
import { moveNoticesToEmbargo } from './embargo/move-to-embargo';
import { NotificationFanout } from './outbox/notification-fanout.entity';
import { cancelWaitingMessages } from './outbox/cancel-waiting';
import { FanoutKind, NotificationKind } from './outbox/notification-vocabulary';
import { NotificationQueues } from './queues/notification-queues.service';
import { ReminderPlanner } from './reminders/reminder-planner';

/**
 * What publishing, editing, updating and closing an action mean for notifications, written in the action's own
 * transaction (so a rolled-back change leaves no message behind), then queued once it has committed.
 */
@Injectable()
export class ActionNotificationsListener implements ActionEventsListener {
  private readonly logger = new Logger('ActionNotifications');

  constructor(
    private readonly reminders: ReminderPlanner,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    private readonly findAction: FindActionIn,
  ) {}

  async record(manager: EntityManager, event: ActionEvent): Promise<AfterCommit> {
    const now = this.clock.now();
    const { isDemonstration } = await this.findAction.execute(manager, event.actionId, ['id', 'isDemonstration']);
    const reminders = await this.reminders.sync(manager, event.actionId, now);
    let fanoutId: string | null = null;
    // A demonstration is for trying the product: nobody is told it was published.
    if (event.kind === 'published' && !isDemonstration) {
      fanoutId = await this.createFanout(manager, {
        kind: FanoutKind.ActionPublished,
        dedupeKey: `published:${event.actionId}`,
        actionId: event.actionId,
      });
    }
    if (event.kind === 'update posted') {
      const action = await this.findAction.execute(manager, event.actionId);
      fanoutId = await this.createFanout(manager, {
        kind: FanoutKind.UpdatePosted,
        dedupeKey: `update:${event.updateId}`,
        actionId: event.actionId,
        updateId: event.updateId,
        stopWriting: action.status === ActionStatus.Closed,
      });
    }
    const cancelledNotices = await this.cancelWaitingIfClosed(manager, event.actionId, now);
    // An edit may have moved the embargo: the notices already written wait for it (a delayed job is made again).
    const movedNotices = event.kind === 'edited' ? await moveNoticesToEmbargo(manager, event.actionId, now) : [];
    return async () => {
      try {
        await this.queues.removeSendJobs([...reminders.cancelledIds, ...cancelledNotices, ...movedNotices.map((notice) => notice.id)]);
        await this.queues.sendMessages([...reminders.queued, ...movedNotices], now);
        if (fanoutId) await this.queues.enqueue('fan out', { fanoutId });
      } catch (error) {
        // Committed rows are the truth: the reconciler queues them within a minute.
        this.logger.warn(
          `Queuing after ${event.kind} of action ${event.actionId} failed, the reconciler will retry: ${(error as Error).message}`,
        );
      }
    };
  }

  private async createFanout(manager: EntityManager, fanout: Partial<NotificationFanout>): Promise<string> {
    await manager.createQueryBuilder().insert().into(NotificationFanout).values(fanout).orIgnore().execute();
    return (await manager.findOneOrFail(NotificationFanout, { select: { id: true }, where: { dedupeKey: fanout.dedupeKey } })).id;
  }

  /** A new-action notice or a letter still waiting when the action closes would ask for what is no longer wanted. */
  private async cancelWaitingIfClosed(manager: EntityManager, actionId: string, now: Date): Promise<string[]> {
    const action = await this.findAction.execute(manager, actionId, ['id', 'status']);
    if (action.status !== ActionStatus.Closed) return [];
    return cancelWaitingMessages(
      manager,
      { actionId, kind: In([NotificationKind.NewActionNotice, NotificationKind.TargetMessage]) },
      'the action closed before it went',
      now,
    );
  }
}
