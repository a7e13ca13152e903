import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LANGUAGES, PageLanguage } from './page-language';
import { PAGES_DIR } from './pages-directory';

export type PageText = Record<string, string>;

/** The pages' own words, one JSON file per language; English fills any key a translation lacks. */
export function loadPageTexts(): Record<PageLanguage, PageText> {
  const read = (language: PageLanguage): PageText =>
    JSON.parse(readFileSync(join(PAGES_DIR, 'locales', `${language}.json`), 'utf8')) as PageText;
  const english = read('en');
  return Object.fromEntries(PAGE_LANGUAGES.map((language) => [language, { ...english, ...read(language) }])) as Record<
    PageLanguage,
    PageText
  >;
}

/** Replaces `{name}` placeholders; the values are plain text that Handlebars escapes later. */
export function fillText(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
