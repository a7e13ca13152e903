import { DateTime } from 'luxon';

const HAS_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * An ISO 8601 date or date-time read as an instant. Without an offset it is local time in `timeZone`;
 * a bare date means the start of that day there ("before 10 April 2012" ends as 10 April begins).
 */
export function parseInstant(value: string, timeZone: string): Date | null {
  const parsed = HAS_OFFSET.test(value) ? DateTime.fromISO(value, { setZone: true }) : DateTime.fromISO(value, { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : null;
}

export function isIsoDateOrDateTime(value: unknown): value is string {
  return typeof value === 'string' && DateTime.fromISO(value).isValid;
}
