import type { PublishedAction } from './published-actions.reader';

/** Who is writing, as the take-action form carries it from step to step (query string and hidden fields). */
export interface WriterFields {
  name: string;
  email: string;
  city: string;
  country: string;
  letterLanguage: string;
}

const field = (source: Record<string, unknown>, key: string, maxLength: number) =>
  typeof source[key] === 'string' ? (source[key] as string).replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, maxLength) : '';

export function writerFieldsOf(source: Record<string, unknown>): WriterFields {
  return {
    name: field(source, 'name', 120),
    email: field(source, 'email', 254),
    city: field(source, 'city', 120),
    country: field(source, 'country', 80),
    letterLanguage: field(source, 'letterLanguage', 20),
  };
}

/** Back to the letters page with the writer's fields, and what just happened to which target. */
export function lettersPageUrl(actionId: string, pageLanguage: string, writer: WriterFields, outcome: Record<string, string> = {}): string {
  const query = new URLSearchParams({ lang: pageLanguage, ...writer, ...outcome });
  return `/urgent-actions/${actionId}/take-action?${query.toString()}`;
}

/** The letter languages offered: the action's, in its order. */
export function letterLanguages(found: PublishedAction, pageLanguage: string) {
  const names = new Intl.DisplayNames([pageLanguage], { type: 'language' });
  return found.action.languages.map((tag) => ({ tag, name: names.of(tag) ?? tag }));
}
