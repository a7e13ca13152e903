import { DateTime } from 'luxon';
import { insideFaxHours, nextSlots } from './pace-slots';

describe('pacing letters to a target', () => {
  it('holds a fax for a target where it is 23:00 until 08:00 there', () => {
    // 22:00 UTC is 23:00 in Paris in winter.
    expect(insideFaxHours(new Date('2031-01-15T22:00:00Z'), 'Europe/Paris').toISOString()).toBe('2031-01-16T07:00:00.000Z');
    expect(insideFaxHours(new Date('2031-01-15T05:30:00Z'), 'Europe/Paris').toISOString()).toBe('2031-01-15T07:00:00.000Z');
    const open = new Date('2031-01-15T12:00:00Z');
    expect(insideFaxHours(open, 'Europe/Paris')).toBe(open);
  });

  it('spreads 500 letters to one target evenly at the hourly cap, never in bursts', () => {
    const now = new Date('2031-01-15T09:00:00Z');
    const slots = nextSlots(500, null, now, { perHour: 50 });
    expect(slots[0]).toEqual(now);
    const gaps = slots.slice(1).map((slot, index) => slot.getTime() - slots[index].getTime());
    expect(new Set(gaps)).toEqual(new Set([72_000]));
    expect(slots[499].toISOString()).toBe('2031-01-15T18:58:48.000Z');
    const perHour = new Map<number, number>();
    for (const slot of slots)
      perHour.set(Math.floor(slot.getTime() / 3_600_000), (perHour.get(Math.floor(slot.getTime() / 3_600_000)) ?? 0) + 1);
    expect(Math.max(...perHour.values())).toBe(50);
  });

  it('spreads 500 faxes over the office hours of several days, none at night', () => {
    const slots = nextSlots(500, null, new Date('2031-01-15T18:00:00Z'), { perHour: 30, faxTimeZone: 'Asia/Seoul' });
    const localHours = slots.map((slot) => DateTime.fromJSDate(slot, { zone: 'Asia/Seoul' }).hour);
    expect(localHours.every((hour) => hour >= 8 && hour < 20)).toBe(true);
    expect(DateTime.fromJSDate(slots[0], { zone: 'Asia/Seoul' }).toISO()).toBe('2031-01-16T08:00:00.000+09:00');
    // 12 office hours a day at 30 an hour: 360 a day, so 500 take two days.
    expect(DateTime.fromJSDate(slots[499], { zone: 'Asia/Seoul' }).toISODate()).toBe('2031-01-17');
  });

  it("continues after the target's last scheduled message, whichever action it was for", () => {
    const last = new Date('2031-01-15T10:00:00Z');
    expect(nextSlots(1, last, new Date('2031-01-15T09:00:00Z'), { perHour: 60 })[0].toISOString()).toBe('2031-01-15T10:01:00.000Z');
  });
});
