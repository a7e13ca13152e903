import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_LANGUAGES, PageLanguage } from './page-language';
import { PAGES_DIR } from './pages-directory';

export type PageText = Record<string, string>;

const LOCALES_DIR = join(PAGES_DIR, 'locales');

/**
 * The pages' own words: `locales/<lang>.json` plus one `locales/<area>.<lang>.json` per area of pages
 * (staff, office, ...). English fills any key a translation lacks; a key defined twice is an error.
 */
export function loadPageTexts(): Record<PageLanguage, PageText> {
  const files = readdirSync(LOCALES_DIR);
  const read = (language: PageLanguage): PageText => {
    const text: PageText = {};
    for (const file of files.filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`))) {
      const entries = JSON.parse(readFileSync(join(LOCALES_DIR, file), 'utf8')) as PageText;
      for (const [key, value] of Object.entries(entries)) {
        if (key in text) throw new Error(`Page text "${key}" is defined twice (${file})`);
        text[key] = value;
      }
    }
    return text;
  };
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
