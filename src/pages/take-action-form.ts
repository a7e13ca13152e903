import type { PublishedAction } from '../actions/use-cases/read-published-actions';

/** Who is writing, as the take-action forms carry it from step to step (posted hidden fields, never a URL). */
export interface WriterFields {
  name: string;
  email: string;
  city: string;
  country: string;
  letterLanguage: string;
  /** The section the writer writes with (its local targets join the letters); '' for none. */
  section: string;
}

const field = (source: Record<string, unknown>, key: string, maxLength: number) =>
  typeof source[key] === 'string'
    ? (source[key] as string)
        .replace(/[\u0000-\u001f\u007f]/g, ' ')
        .trim()
        .slice(0, maxLength)
    : '';

export function writerFieldsOf(source: Record<string, unknown>): WriterFields {
  return {
    name: field(source, 'name', 120),
    email: field(source, 'email', 254),
    city: field(source, 'city', 120),
    country: field(source, 'country', 80),
    letterLanguage: field(source, 'letterLanguage', 20),
    section: /^[0-9a-f-]{36}$/i.test(field(source, 'section', 36)) ? field(source, 'section', 36).toLowerCase() : '',
  };
}

/** Each letter's own paragraph by target id, as typed: the page carries them as `personalNote[<targetId>]`. */
export type PersonalNotes = Map<string, string>;

const NOTE_KEY = /^personalNote\[([0-9a-f-]{36})\]$/i;

/** The notes from a form body, whether its parser kept `personalNote[<id>]` flat or nested it. */
export function personalNotesOf(source: Record<string, unknown>): PersonalNotes {
  const nested = source.personalNote && typeof source.personalNote === 'object' ? Object.entries(source.personalNote) : [];
  const flat = Object.entries(source).flatMap(([key, value]) => {
    const match = NOTE_KEY.exec(key);
    return match ? [[match[1], value] as const] : [];
  });
  const notes: PersonalNotes = new Map();
  for (const [targetId, value] of [...nested, ...flat]) {
    if (typeof value === 'string' && value.trim() && /^[0-9a-f-]{36}$/i.test(targetId)) notes.set(targetId.toLowerCase(), value);
  }
  return notes;
}

export const personalNoteKey = (targetId: string) => `personalNote[${targetId}]`;

/** The letter languages offered: the action's, in its order. */
/** Built once per page language: constructing Intl objects costs more than the rest of a letter. */
const languageNames = new Map<string, Intl.DisplayNames>();

export function letterLanguages(found: PublishedAction, pageLanguage: string) {
  let names = languageNames.get(pageLanguage);
  if (!names) languageNames.set(pageLanguage, (names = new Intl.DisplayNames([pageLanguage], { type: 'language' })));
  return found.action.languages.map((tag) => ({ tag, name: names.of(tag) ?? tag }));
}
