import { HttpException, HttpStatus } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

const DAY_MS = 24 * 3_600_000;

/** 429 naming the limit that was reached and the field it counts by. */
export class DailyCapReached extends HttpException {
  constructor(field: string, message: string) {
    super({ statusCode: 429, error: 'Too Many Requests', message, errors: [{ field, message }] }, HttpStatus.TOO_MANY_REQUESTS);
  }
}

export interface LetterCaps {
  perAddress: number;
  perIp: number;
}

/**
 * Letters the system sends, asked for in the last 24 hours from one writer address or one IP address, across all
 * actions. The caller holds the writer's lock, so two requests cannot both slip under the cap.
 */
export async function assertUnderDailyCaps(
  manager: EntityManager, writer: { email: string; ip: string | null }, caps: LetterCaps, now: Date,
): Promise<void> {
  const since = new Date(now.getTime() - DAY_MS);
  const [{ count: byEmail }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS "count" FROM letter_request WHERE "writerEmail" = $1 AND "createdAt" > $2', [writer.email, since]);
  if (byEmail >= caps.perAddress) {
    throw new DailyCapReached('email', `${writer.email} has asked for ${byEmail} letters in the last 24 hours, the most one address may (LETTERS_PER_ADDRESS_PER_DAY = ${caps.perAddress}); try again tomorrow`);
  }
  if (!writer.ip) return;
  const [{ count: byIp }]: { count: number }[] = await manager.query(
    'SELECT count(*)::int AS "count" FROM letter_request WHERE "requesterIp" = $1 AND "createdAt" > $2', [writer.ip, since]);
  if (byIp >= caps.perIp) {
    throw new DailyCapReached('ip', `${byIp} letters were asked for from your network address in the last 24 hours, the most one may (LETTERS_PER_IP_PER_DAY = ${caps.perIp}); try again tomorrow`);
  }
}
