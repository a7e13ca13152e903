import { CountryCode, parsePhoneNumberWithError } from 'libphonenumber-js/max';

/** E.164 form of a printed phone or fax number ("+41 22 786 0662" → "+41227860662"), or null when it is not a valid number. */
export function toE164(printed: string, country?: string | null): string | null {
  try {
    const number = parsePhoneNumberWithError(printed, (country?.toUpperCase() as CountryCode | undefined) ?? undefined);
    return number.isValid() ? number.number : null;
  } catch {
    return null;
  }
}

/** Trimmed, with its domain lower-cased; the local part is kept as printed. */
export function normaliseEmail(printed: string): string {
  const trimmed = printed.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}
