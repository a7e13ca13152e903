import type { DeepPartial } from 'typeorm';
import { Invalid } from '../platform/errors/domain-errors';
import { normaliseEmail, toE164 } from './contact-numbers';
import type { TargetFieldsDto } from './dto/target-fields.dto';
import type { Target } from './target.entity';

/** The columns a target's input sets: each number and email both as printed and normalised. */
export function targetColumns(input: Partial<TargetFieldsDto>, country: string, storedEmails: string[] = []): DeepPartial<Target> {
  const columns: DeepPartial<Target> = { ...input };
  delete (columns as Partial<TargetFieldsDto>).fax;
  delete (columns as Partial<TargetFieldsDto>).phone;
  delete (columns as Partial<TargetFieldsDto>).emails;
  if (input.fax !== undefined) Object.assign(columns, { faxPrinted: input.fax, fax: dialable('fax', input.fax, country) });
  if (input.phone !== undefined) Object.assign(columns, { phonePrinted: input.phone, phone: dialable('phone', input.phone, country) });
  if (input.email !== undefined || input.emails !== undefined)
    Object.assign(columns, emailColumns(input.email, input.emails, storedEmails));
  return columns;
}

/**
 * `email` (the one address older clients send) first, then `emails`: all kept, the first one sent to. An edit that
 * gives `email` alone puts it first and keeps the target's other addresses; `email: null` alone clears them all.
 */
function emailColumns(email: string | null | undefined, emails: string[] | undefined, storedEmails: string[]): DeepPartial<Target> {
  const others = emails ?? (email ? storedEmails : []);
  const printed = [...(email ? [email] : []), ...others];
  const normalised = [...new Set(printed.map(normaliseEmail))];
  return { emailPrinted: printed[0] ?? null, email: normalised[0] ?? null, emails: normalised };
}

/**
 * A permanent failure of `address`: the target's next address that has not bounced becomes the one sent to; only
 * when none is left is the target flagged for staff.
 */
export function afterPermanentFailure(
  target: Pick<Target, 'email' | 'emails' | 'undeliverableEmails'>,
  address: string | null,
  reason: string,
  now: Date,
): DeepPartial<Target> {
  const failed = normaliseEmail(address ?? target.email ?? '');
  const undeliverable = [...new Set([...target.undeliverableEmails, ...(failed ? [failed] : [])])];
  const next = target.emails.find((candidate) => !undeliverable.includes(candidate));
  if (next && next !== failed) return { undeliverableEmails: undeliverable, email: next, emailPrinted: next };
  return { undeliverableEmails: undeliverable, emailUndeliverableAt: now, emailUndeliverableReason: reason };
}

function dialable(field: string, printed: string | null, country: string): string | null {
  if (!printed) return null;
  const number = toE164(printed, country);
  if (number) return number;
  const message = `${field} "${printed}" is not a valid number in ${country} (write it in international form, e.g. +41 22 786 0662)`;
  throw Invalid.at(field, message);
}
