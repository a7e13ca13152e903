import type { Request } from 'express';

export const PAGE_LANGUAGES = ['en', 'ko'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

function isPageLanguage(value: unknown): value is PageLanguage {
  return typeof value === 'string' && (PAGE_LANGUAGES as readonly string[]).includes(value);
}

/** `?lang=` when it names a language the pages speak, else the browser's Accept-Language, else English. */
export function pageLanguageOf(request: Request): PageLanguage {
  const asked = request.query.lang;
  if (isPageLanguage(asked)) return asked;
  const accepted = request.acceptsLanguages(...PAGE_LANGUAGES);
  return isPageLanguage(accepted) ? accepted : 'en';
}
