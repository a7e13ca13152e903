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

/** At most this many periods of one kind are caught up after a stop; older ones are not worth an email. */
export const CATCH_UP_PERIODS = 7;

/**
 * The periods to record now: the latest, and those that ended since `lastEnd` (the newest period recorded before),
 * when no planning run recorded them, say because no worker ran for days. None recorded yet: the latest only.
 */
export function periodsToRecord(latest: DigestPeriod, lastEnd: Date | null): DigestPeriod[] {
  const length = latest.end.getTime() - latest.start.getTime();
  const periods: DigestPeriod[] = [];
  for (let end = latest.end.getTime(); periods.length < CATCH_UP_PERIODS; end -= length) {
    if (lastEnd && end <= lastEnd.getTime()) break;
    periods.push({ frequency: latest.frequency, start: new Date(end - length), end: new Date(end) });
    if (!lastEnd) break;
  }
  return periods.reverse();
}
