import { DateTime } from 'luxon';

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';

/** Dates as the documents print them; numeric ones are day first ("10/04/2012" is 10 April). */
export const PRINTED_DATE = new RegExp(
  `\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})\\b`,
  'i',
);

const FORMATS = ['d MMMM yyyy', 'd MMM yyyy', 'MMMM d yyyy', 'MMM d yyyy', 'd/M/yyyy', 'd.M.yyyy', 'yyyy-MM-dd'];

/** "10 APRIL 2012", "April 10th, 2012" or "10/04/2012" → "2012-04-10"; null when it is no date. */
export function isoDateOf(printed: string): string | null {
  const plain = printed
    .trim()
    .replace(/(\d)(st|nd|rd|th)\b/i, '$1')
    .replace(/,/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\b(\p{L})(\p{L}+)\.?/gu, (_word, first: string, rest: string) => first.toUpperCase() + rest.toLowerCase());
  for (const format of FORMATS) {
    const date = DateTime.fromFormat(plain, format, { locale: 'en' });
    if (date.isValid) return date.toISODate();
  }
  return null;
}
