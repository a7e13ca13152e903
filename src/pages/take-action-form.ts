import type { ActionWithTargets } from '../actions/action-read-model';
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

export interface OfferedSection {
  id: string;
  name: string;
  country: string;
}

/** The sections that attached local targets (embassies accredited in their country) to this action. */
export function offeredSections(action: ActionWithTargets): OfferedSection[] {
  const sections = new Map<string, OfferedSection>();
  for (const link of action.targets) {
    if (link.section) sections.set(link.section.id, { id: link.section.id, name: link.section.name, country: link.section.country });
  }
  return [...sections.values()].sort((a, b) => a.name.localeCompare(b.name));
}

const countryNames = new Map<string, Intl.DisplayNames>();

function countryName(code: string, language: string): string {
  let names = countryNames.get(language);
  if (!names) countryNames.set(language, (names = new Intl.DisplayNames([language], { type: 'region' })));
  return (names.of(code) ?? code).toLocaleLowerCase(language);
}

/**
 * The section a writer writes with: the one they chose, else the one of the country they typed (its code, or its
 * name in the page's language or English), else none.
 */
export function sectionOfWriter(writer: WriterFields, sections: OfferedSection[], pageLanguage: string): OfferedSection | null {
  if (writer.section) return sections.find((section) => section.id === writer.section) ?? null;
  const typed = writer.country.trim().toLocaleLowerCase(pageLanguage);
  if (!typed) return null;
  return (
    sections.find((section) =>
      [section.country.toLowerCase(), countryName(section.country, pageLanguage), countryName(section.country, 'en')].includes(typed),
    ) ?? null
  );
}
