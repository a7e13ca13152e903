import { DateTime } from 'luxon';

/** Faxes only go while an office is staffed, in the target's local time. */
export const FAX_HOURS = { from: 8, to: 20 } as const;

export interface PacingRule {
  /** Messages per target per hour, spread evenly: one every 3600 / perHour seconds. */
  perHour: number;
  /** Set for a fax: slots only inside FAX_HOURS in this time zone. */
  faxTimeZone?: string;
}

/** The instant itself if the office is open then, else the next opening (08:00 local). */
export function insideFaxHours(instant: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(instant, { zone: timeZone });
  if (local.hour >= FAX_HOURS.from && local.hour < FAX_HOURS.to) return instant;
  const opening = local.hour < FAX_HOURS.from ? local.startOf('day') : local.plus({ days: 1 }).startOf('day');
  return opening.set({ hour: FAX_HOURS.from }).toJSDate();
}

/**
 * The next `count` send instants for one target: no sooner than `now`, at least 3600 / perHour seconds after the
 * previous slot (the target's last scheduled message, whatever action it was for), and inside fax hours for a fax.
 */
export function nextSlots(count: number, lastSlot: Date | null, now: Date, rule: PacingRule): Date[] {
  const spacingMs = Math.ceil(3_600_000 / rule.perHour);
  const slots: Date[] = [];
  let previous = lastSlot;
  for (let index = 0; index < count; index += 1) {
    let slot = new Date(Math.max(now.getTime(), previous ? previous.getTime() + spacingMs : 0));
    if (rule.faxTimeZone) slot = insideFaxHours(slot, rule.faxTimeZone);
    slots.push(slot);
    previous = slot;
  }
  return slots;
}
