import { TooMany } from '../../platform/errors/domain-errors';

/** A daily limit reached, naming the limit and the field it counts by. */
export class DailyCapReached extends TooMany {
  constructor(field: string, message: string) {
    super(message, [{ field, message }]);
  }
}

/**
 * `count`: letters the system sends, asked for in the last 24 hours from one writer address, across all actions, read
 * under the writer's lock, so two requests cannot both slip under the cap. The cap per IP is IpDailyCaps'.
 */
export function assertUnderAddressCap(email: string, count: number, cap: number): void {
  if (count >= cap) {
    throw new DailyCapReached(
      'email',
      `${email} has asked for ${count} letters in the last 24 hours, the most one address may (LETTERS_PER_ADDRESS_PER_DAY = ${cap}); try again tomorrow`,
    );
  }
}

/** The refusal for an IP address whose window is full. */
export function ipCapReached(count: number, cap: number): DailyCapReached {
  return new DailyCapReached(
    'ip',
    `${count} letters were asked for from your network address in the last 24 hours, the most one may (LETTERS_PER_IP_PER_DAY = ${cap}); try again tomorrow`,
  );
}
