import { DateTime } from 'luxon';

/** Reminders go out at this local hour: office hours, never at night. */
export const REMINDER_LOCAL_HOUR = 9;

/**
 * 09:00 in `timeZone`, `daysBefore` calendar days before the last day of appeals there. The last day is the local
 * day of the instant just before the deadline, so a deadline of midnight belongs to the day that ends with it.
 */
export function reminderInstant(deadline: Date, daysBefore: number, timeZone: string): Date {
  const lastDay = DateTime.fromMillis(deadline.getTime() - 1, { zone: timeZone }).startOf('day');
  return lastDay.minus({ days: daysBefore }).set({ hour: REMINDER_LOCAL_HOUR, minute: 0, second: 0, millisecond: 0 }).toJSDate();
}
