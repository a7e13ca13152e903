import type { ActionWithTargets } from '../actions/action-read-model';

/** Who is writing, as far as the section they write with goes. */
export interface WriterOfSection {
  country: string;
  /** The section the writer chose; '' for none. */
  section: string;
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
export function sectionOfWriter(writer: WriterOfSection, sections: OfferedSection[], pageLanguage: string): OfferedSection | null {
  if (writer.section) return sections.find((section) => section.id === writer.section) ?? null;
  const typed = writer.country.trim().toLocaleLowerCase(pageLanguage);
  if (!typed) return null;
  return (
    sections.find((section) =>
      [section.country.toLowerCase(), countryName(section.country, pageLanguage), countryName(section.country, 'en')].includes(typed),
    ) ?? null
  );
}
