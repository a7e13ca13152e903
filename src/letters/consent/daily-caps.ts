import type { EntityManager } from 'typeorm';
import { TooMany } from '../../platform/errors/domain-errors';
import { DAY_MS } from './ip-daily-caps';

/** A daily limit reached, naming the limit and the field it counts by. */
export class DailyCapReached extends TooMany {
  constructor(field: string, message: string) {
    super(message, [{ field, message }]);
  }
}

/**
 * Letters the system sends, asked for in the last 24 hours from one writer address, across all actions. The caller
 * holds the writer's lock, so two requests cannot both slip under the cap. The cap per IP is IpDailyCaps'.
 */
export async function assertUnderAddressCap(manager: EntityManager, email: string, cap: number, now: Date): Promise<void> {
  const [{ count }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS "count" FROM letter_request WHERE "writerEmail" = $1 AND "createdAt" > $2', [email, new Date(now.getTime() - DAY_MS)]);
  if (count >= cap) {
    throw new DailyCapReached('email', `${email} has asked for ${count} letters in the last 24 hours, the most one address may (LETTERS_PER_ADDRESS_PER_DAY = ${cap}); try again tomorrow`);
  }
}

/** The refusal for an IP address whose window is full. */
export function ipCapReached(count: number, cap: number): DailyCapReached {
  return new DailyCapReached('ip', `${count} letters were asked for from your network address in the last 24 hours, the most one may (LETTERS_PER_IP_PER_DAY = ${cap}); try again tomorrow`);
}
