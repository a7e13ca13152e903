import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

export const FALLBACK_LANGUAGE = 'en';

/** The paths of every string in a phrase file: "notice.greeting", "digest.subject.daily" … (an array counts as one). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/**
 * `<directory>/<lang>.json`, one per language. Every file must hold the same phrases as English, or the app refuses
 * to start: a reader never gets a message with a hole in it.
 */
export function loadPhrasebooks(directory: string): ReadonlyMap<string, unknown> {
  const books = new Map<string, unknown>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
    books.set(basename(file, '.json'), JSON.parse(readFileSync(join(directory, file), 'utf8')) as unknown);
  }
  const expected = keysOf(books.get(FALLBACK_LANGUAGE)).sort().join('\n');
  for (const [language, book] of books) {
    if (keysOf(book).sort().join('\n') !== expected) {
      throw new Error(`${join(directory, `${language}.json`)} must hold exactly the phrases of ${FALLBACK_LANGUAGE}.json`);
    }
  }
  return books;
}

/** The language a message can be written in for a reader of `language` (a BCP 47 tag), English when we have none. */
export function bookLanguage(books: ReadonlyMap<string, unknown>, language: string | null | undefined): string {
  const primary = (language ?? FALLBACK_LANGUAGE).toLowerCase().split('-')[0];
  return books.has(primary) ? primary : FALLBACK_LANGUAGE;
}
