import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ActionStatus } from '../../actions/action-vocabulary';
import type { ActionRecord } from '../../actions/action-read-model';
import { FindActionIn } from '../../actions/use-cases/find-action-in';
import { ListSections } from '../../sections/use-cases/list-sections';
import { DeliveryStatus, NotificationKind } from '../outbox/notification-vocabulary';
import { cancelWaitingMessages } from '../outbox/cancel-waiting';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { NewOutboxMessage, writeOutboxMessages } from '../outbox/outbox-writer';
import { SectionOptOut } from '../outbox/section-opt-out.entity';
import type { DueMessage } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import { reminderInstant } from './reminder-times';

export interface ReminderChanges {
  queued: DueMessage[];
  cancelledIds: string[];
}

/** Each section office's deadline reminders for an action, kept in line with its deadline and status. */
@Injectable()
export class ReminderPlanner {
  constructor(
    private readonly unsubscribeLinks: UnsubscribeLinks,
    private readonly findAction: FindActionIn,
    private readonly listSections: ListSections,
  ) {}

  /**
   * Cancels the queued reminders the action no longer needs (closed, deadline moved, address opted out) and writes
   * the ones it now needs. The key holds the instant, so a moved deadline makes new rows and sent ones stay sent.
   */
  async sync(manager: EntityManager, actionId: string, now: Date): Promise<ReminderChanges> {
    const action = await this.findAction.execute(manager, actionId);
    // No section office is reminded of a demonstration's deadline.
    const wanted = action.status === ActionStatus.Published && !action.isDemonstration ? await this.plan(manager, action) : [];
    const wantedKeys = new Set(wanted.map((reminder) => reminder.dedupeKey));
    const pending = await manager.find(OutboxMessage, {
      select: { id: true, dedupeKey: true },
      where: { actionId, kind: NotificationKind.DeadlineReminder, status: In([DeliveryStatus.Queued, DeliveryStatus.Held]) },
    });
    const unwanted = pending.filter((row) => !wantedKeys.has(row.dedupeKey)).map((row) => row.id);
    const reason =
      action.status === ActionStatus.Published ? 'the deadline or the section settings changed' : `the action is ${action.status}`;
    const cancelledIds = unwanted.length > 0 ? await cancelWaitingMessages(manager, { id: In(unwanted) }, reason, now) : [];
    // One already queued stays even when its instant has just passed; a new one is only written for the future.
    const future = wanted.filter((reminder) => reminder.dueAt.getTime() > now.getTime());
    const queued = await writeOutboxMessages(manager, future, { reviveCancelled: true });
    return { queued, cancelledIds };
  }

  private async plan(manager: EntityManager, action: ActionRecord): Promise<NewOutboxMessage[]> {
    const sections = await this.listSections.execute(manager);
    const optOuts = new Set((await manager.find(SectionOptOut)).map((optOut) => `${optOut.sectionId}:${optOut.email}`));
    return sections.flatMap((section) => {
      const addresses = [...new Set([section.contactEmail, ...section.reminderEmails].map((email) => email.trim().toLowerCase()))].filter(
        (email) => email && !optOuts.has(`${section.id}:${email}`),
      );
      return [...new Set(section.reminderDaysBefore)].flatMap((daysBefore) => {
        const dueAt = reminderInstant(action.appealDeadline, daysBefore, section.timeZone);
        if (dueAt.getTime() >= action.appealDeadline.getTime()) return [];
        return addresses.map((email) => ({
          kind: NotificationKind.DeadlineReminder,
          dedupeKey: `reminder:${action.id}:${section.id}:${email}:${daysBefore}:${dueAt.toISOString()}`,
          recipient: email,
          recipientName: section.name,
          actionId: action.id,
          sectionId: section.id,
          reminderDaysBefore: daysBefore,
          dueAt,
          unsubscribeUrl: this.unsubscribeLinks.urlFor({ kind: 'section', sectionId: section.id, email }),
        }));
      });
    });
  }
}
