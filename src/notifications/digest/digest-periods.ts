import { DateTime } from 'luxon';
import { DigestFrequency, NoticeFrequency } from '../../supporters/notice-frequency';

export interface DigestPeriod {
  frequency: DigestFrequency;
  start: Date;
  end: Date;
}

/** The latest complete period of each kind at `now`: days end at `hourUtc`, weeks end on Mondays at that hour. */
export function latestDigestPeriods(now: Date, hourUtc: number): DigestPeriod[] {
  const at = DateTime.fromJSDate(now, { zone: 'utc' });
  let dayEnd = at.startOf('day').set({ hour: hourUtc });
  if (dayEnd > at) dayEnd = dayEnd.minus({ days: 1 });
  const weekEnd = dayEnd.minus({ days: dayEnd.weekday - 1 });
  return [
    { frequency: NoticeFrequency.Daily, start: dayEnd.minus({ days: 1 }).toJSDate(), end: dayEnd.toJSDate() },
    { frequency: NoticeFrequency.Weekly, start: weekEnd.minus({ weeks: 1 }).toJSDate(), end: weekEnd.toJSDate() },
  ];
}
