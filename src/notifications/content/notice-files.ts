import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { templatesDirectory } from '../../common/templates-directory';

const NOTICES_DIR = templatesDirectory('notices');
export const NOTICE_FALLBACK_LANGUAGE = 'en';

/** templates/notices/<name>.hbs: the layouts of notices and summaries, as text and HTML. */
export function noticeTemplate(name: 'notice.text' | 'notice.html' | 'digest.text' | 'digest.html'): string {
  return readFileSync(join(NOTICES_DIR, `${name}.hbs`), 'utf8');
}

/** The paths of every string in a phrase file: "notice.greeting", "digest.subject.daily" … */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix ? `${prefix}.${key}` : key));
}

/**
 * templates/notices/phrases/<lang>.json, one per language the notices are written in. Every file must hold the
 * same phrases as English, or the app refuses to start: a reader never gets a notice with a hole in it.
 */
function loadPhrasebooks(): ReadonlyMap<string, unknown> {
  const directory = join(NOTICES_DIR, 'phrases');
  const books = new Map<string, unknown>();
  for (const file of readdirSync(directory).filter((name) => name.endsWith('.json'))) {
    books.set(basename(file, '.json'), JSON.parse(readFileSync(join(directory, file), 'utf8')) as unknown);
  }
  const expected = keysOf(books.get(NOTICE_FALLBACK_LANGUAGE)).sort().join('\n');
  for (const [language, book] of books) {
    if (keysOf(book).sort().join('\n') !== expected) {
      throw new Error(`templates/notices/phrases/${language}.json must hold exactly the phrases of ${NOTICE_FALLBACK_LANGUAGE}.json`);
    }
  }
  return books;
}

export const NOTICE_PHRASEBOOKS = loadPhrasebooks();
