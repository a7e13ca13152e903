import { reminderInstant } from './reminder-times';

describe('reminderInstant', () => {
  // Europe/Berlin moves from UTC+1 to UTC+2 on Sunday 30 March 2031.
  const deadline = new Date('2031-04-01T22:00:00Z'); // midnight at the end of 1 April in Berlin

  it('lands at 09:00 section time on either side of a DST change', () => {
    expect(reminderInstant(deadline, 7, 'Europe/Berlin').toISOString()).toBe('2031-03-25T08:00:00.000Z');
    expect(reminderInstant(deadline, 2, 'Europe/Berlin').toISOString()).toBe('2031-03-30T07:00:00.000Z');
    expect(reminderInstant(deadline, 0, 'Europe/Berlin').toISOString()).toBe('2031-04-01T07:00:00.000Z');
  });

  it("counts days on the section's own calendar, not the deadline's", () => {
    expect(reminderInstant(deadline, 0, 'Asia/Seoul').toISOString()).toBe('2031-04-02T00:00:00.000Z');
    expect(reminderInstant(deadline, 0, 'America/New_York').toISOString()).toBe('2031-04-01T13:00:00.000Z');
  });
});
