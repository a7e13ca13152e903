import type { HelperOptions } from 'handlebars';
import type { LetterLocale } from './letter-locale';

type DateStyle = 'full' | 'long' | 'medium' | 'short';
const DATE_STYLES: readonly string[] = ['full', 'long', 'medium', 'short'];
const LIST_TYPES: readonly string[] = ['conjunction', 'disjunction', 'unit'];

const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();

/** Intl formatters are costly to build and cheap to reuse: one per language, zone and style. */
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, build: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

function localeOf(options: HelperOptions): LetterLocale {
  return (options.data as { letter: LetterLocale }).letter;
}

/** The last day formatted per formatter: a day changes only on a whole minute in every time zone. */
const lastDay = new Map<string, { minute: number; text: string }>();

function formatDate(value: unknown, language: string, timeZone: string, style: unknown): string {
  const instant = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!instant || Number.isNaN(instant.getTime())) return '';
  const dateStyle = (DATE_STYLES.includes(String(style)) ? style : 'long') as DateStyle;
  const key = `date|${language}|${timeZone}|${dateStyle}`;
  const minute = Math.floor(instant.getTime() / 60_000);
  const last = lastDay.get(key);
  if (last?.minute === minute) return last.text;
  const text = cached(key, () => new Intl.DateTimeFormat(language, { dateStyle, timeZone })).format(instant);
  lastDay.set(key, { minute, text });
  return text;
}

/** The whitelist: nothing else is registered on the letters' Handlebars instance. */
export const letterHelpers = {
  /** {{date today}} or {{date action.issuedOn style="short"}}: in the letter's language and the target's time zone. */
  date(value: unknown, options: HelperOptions): string {
    const locale = localeOf(options);
    return formatDate(value, locale.language, locale.timeZone, options.hash.style);
  },

  /** {{deadline}}: the appeal deadline as the document gives it, in the zone it was set in. */
  deadline(options: HelperOptions): string {
    const locale = localeOf(options);
    return formatDate(locale.appealDeadline, locale.language, locale.deadlineTimeZone, options.hash.style);
  },

  /** {{number subject.groupSize}} */
  number(value: unknown, options: HelperOptions): string {
    const number = typeof value === 'number' ? value : Number(value);
    if (value === null || value === undefined || !Number.isFinite(number)) return '';
    const { language } = localeOf(options);
    return cached(`number|${language}`, () => new Intl.NumberFormat(language)).format(number);
  },

  /** {{list subjectNames}}: "A, B and C" in the letter's language; type="disjunction" gives "A, B or C". */
  list(value: unknown, options: HelperOptions): string {
    if (!Array.isArray(value)) return value === null || value === undefined ? '' : String(value);
    const { language } = localeOf(options);
    const type = (LIST_TYPES.includes(String(options.hash.type)) ? options.hash.type : 'conjunction') as Intl.ListFormatType;
    return cached(`list|${language}|${type}`, () => new Intl.ListFormat(language, { type, style: 'long' })).format(value.map(String));
  },
};
