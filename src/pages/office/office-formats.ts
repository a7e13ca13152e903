import { DateTime } from 'luxon';
import type { PageLanguage } from '../page-language';

/** A date and time as the section office reads it: in its own time zone, named. */
export function inSectionZone(instant: Date, language: PageLanguage, timeZone: string): string {
  const printed = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(instant);
  return `${printed} (${timeZone})`;
}

/** Today in the section's time zone, as an <input type=date> value. */
export function todayIn(timeZone: string, now: Date): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate() as string;
}

export function languageName(tag: string, language: PageLanguage): string {
  return new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
}

/** The letter body as one text box: paragraphs apart by an empty line, a paragraph's alternative wordings one per line. */
export function paragraphsToText(paragraphs: string[][]): string {
  return paragraphs.map((wordings) => wordings.join('\n')).join('\n\n');
}

export function textToParagraphs(text: string): string[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((wordings) => wordings.length > 0);
}
