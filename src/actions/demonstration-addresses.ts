import { parsePhoneNumberFromString } from 'libphonenumber-js';

/** Domains that can never reach anyone: RFC 2606 and RFC 6761. */
const RESERVED_DOMAIN = /(^|\.)(example\.(com|net|org)|example|test|invalid|localhost)$/i;

/** North American numbers 555-0100 to 555-0199, kept for fiction (NANPA): no fax machine answers them. */
const FICTIONAL_NANP = /^\+1\d{3}55501\d\d$/;

export function isReservedEmail(address: string): boolean {
  const domain = address.trim().split('@').pop() ?? '';
  return address.includes('@') && RESERVED_DOMAIN.test(domain);
}

export function isFictionalNumber(number: string): boolean {
  const parsed = parsePhoneNumberFromString(number.trim());
  return parsed !== undefined && FICTIONAL_NANP.test(parsed.number);
}

/** Every address a demonstration letter could go to that is a real one; empty when all are reserved. */
export function realAddresses(addresses: {
  emails?: readonly (string | null | undefined)[];
  faxes?: readonly (string | null | undefined)[];
}): string[] {
  const emails = (addresses.emails ?? []).filter((email): email is string => !!email && !isReservedEmail(email));
  const faxes = (addresses.faxes ?? []).filter((fax): fax is string => !!fax && !isFictionalNumber(fax));
  return [...emails, ...faxes];
}
