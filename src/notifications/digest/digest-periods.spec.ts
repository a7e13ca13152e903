import { NoticeFrequency } from '../../supporters/notice-frequency';
import { CATCH_UP_PERIODS, latestDigestPeriods, periodsToRecord } from './digest-periods';

const iso = (periods: ReturnType<typeof latestDigestPeriods>) =>
  periods.map((period) => [period.frequency, period.start.toISOString(), period.end.toISOString()]);

describe('latestDigestPeriods', () => {
  it('ends the day at the digest hour, and before that hour still reports the day that ended yesterday', () => {
    // Wednesday 25 November 2026.
    expect(iso(latestDigestPeriods(new Date('2026-11-25T09:30:00Z'), 8))).toEqual([
      [NoticeFrequency.Daily, '2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z'],
      [NoticeFrequency.Weekly, '2026-11-16T08:00:00.000Z', '2026-11-23T08:00:00.000Z'],
    ]);
    expect(iso(latestDigestPeriods(new Date('2026-11-25T07:59:59Z'), 8))[0]).toEqual([
      NoticeFrequency.Daily,
      '2026-11-23T08:00:00.000Z',
      '2026-11-24T08:00:00.000Z',
    ]);
  });

  it('starts a new week on Monday at the digest hour, not before', () => {
    expect(iso(latestDigestPeriods(new Date('2026-11-30T08:00:00Z'), 8))[1]).toEqual([
      NoticeFrequency.Weekly,
      '2026-11-23T08:00:00.000Z',
      '2026-11-30T08:00:00.000Z',
    ]);
    expect(iso(latestDigestPeriods(new Date('2026-11-30T07:00:00Z'), 8))[1]).toEqual([
      NoticeFrequency.Weekly,
      '2026-11-16T08:00:00.000Z',
      '2026-11-23T08:00:00.000Z',
    ]);
  });

  it('records the periods missed since the last one recorded, at most a few, and only the latest the first time', () => {
    const [daily, weekly] = latestDigestPeriods(new Date('2026-11-25T09:30:00Z'), 8);
    expect(periodsToRecord(daily, null).map((period) => period.end.toISOString())).toEqual(['2026-11-25T08:00:00.000Z']);
    expect(periodsToRecord(daily, new Date('2026-11-25T08:00:00Z'))).toEqual([]);
    expect(
      periodsToRecord(daily, new Date('2026-11-22T08:00:00Z')).map((period) => [period.start.toISOString(), period.end.toISOString()]),
    ).toEqual([
      ['2026-11-22T08:00:00.000Z', '2026-11-23T08:00:00.000Z'],
      ['2026-11-23T08:00:00.000Z', '2026-11-24T08:00:00.000Z'],
      ['2026-11-24T08:00:00.000Z', '2026-11-25T08:00:00.000Z'],
    ]);
    expect(periodsToRecord(daily, new Date('2026-01-01T08:00:00Z'))).toHaveLength(CATCH_UP_PERIODS);
    expect(periodsToRecord(weekly, new Date('2026-11-09T08:00:00Z')).map((period) => period.end.toISOString())).toEqual([
      '2026-11-16T08:00:00.000Z',
      '2026-11-23T08:00:00.000Z',
    ]);
  });
});
