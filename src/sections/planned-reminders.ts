import type { ActionRecord } from '../actions/action-read-model';
import { ActionStatus } from '../actions/action-vocabulary';
import { reminderInstant } from '../notifications/reminders/reminder-times';
import type { SectionRecord } from './section-read-model';

export interface PlannedReminder {
  action: ActionRecord;
  daysBefore: number;
  dueAt: Date;
  addresses: string[];
}

/**
 * The deadline reminders an office will get, as the reminder planner schedules them: published actions only, at
 * 09:00 section time on each of its reminder days, to its addresses that have not opted out. Soonest first.
 */
export function plannedReminders(section: SectionRecord, actions: ActionRecord[], optedOut: Set<string>, now: Date): PlannedReminder[] {
  const addresses = [...new Set([section.contactEmail, ...section.reminderEmails].map((email) => email.trim().toLowerCase()))].filter(
    (email) => email && !optedOut.has(email),
  );
  return actions
    .filter((action) => action.status === ActionStatus.Published)
    .flatMap((action) =>
      [...new Set(section.reminderDaysBefore)].map((daysBefore) => ({
        action,
        daysBefore,
        dueAt: reminderInstant(action.appealDeadline, daysBefore, section.timeZone),
        addresses,
      })),
    )
    .filter((reminder) => reminder.dueAt.getTime() > now.getTime() && reminder.dueAt.getTime() < reminder.action.appealDeadline.getTime())
    .sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
