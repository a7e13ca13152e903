import { inventedDocument, seed003ActionAsPrinted, seed003Text } from '../support/seed-documents';

export type Layout = 'telex' | 'classic' | 'labelled';

/** One document of the corpus: its text, the draft a careful person would type from it, and how it reaches us. */
export interface CorpusDocument {
  name: string;
  layout: Layout;
  /** The zone staff would confirm for the deadline. */
  timeZone: string;
  /** Uploaded as a PDF laid out as such documents were, or as the text file. */
  asPdf: boolean;
  text: string;
  expected: Record<string, unknown>;
}

const invented = (name: string, layout: Layout, timeZone: string, asPdf: boolean): CorpusDocument => ({
  name,
  layout,
  timeZone,
  asPdf,
  ...inventedDocument(name),
});

/**
 * Eighteen documents across the three layouts, ten of them as PDFs. The telex-era ones are written from the cases
 * of the 1996 report (seeds/000_…); the classic ones include the real 2012 UA (seeds/003_…).
 */
export function corpus(): CorpusDocument[] {
  return [
    invented('telex-refoulement', 'telex', 'Europe/Moscow', true),
    invented('telex-asap', 'telex', 'Europe/Moscow', false),
    invented('telex-further-information', 'telex', 'Europe/Moscow', true),
    invented('telex-stop-action', 'telex', 'Europe/Moscow', true),
    invented('telex-two-men', 'telex', 'Europe/Moscow', false),
    invented('telex-handed-over', 'telex', 'Europe/Moscow', true),
    {
      name: 'seed-003',
      layout: 'classic',
      timeZone: 'Europe/London',
      asPdf: false,
      text: seed003Text(),
      expected: seed003ActionAsPrinted(),
    },
    invented('single-named-individual', 'classic', 'America/Santiago', true),
    invented('several-targets', 'classic', 'Asia/Tbilisi', true),
    invented('further-information', 'classic', 'Africa/Nairobi', true),
    invented('no-email', 'classic', 'Asia/Baku', false),
    invented('group-of-workers', 'classic', 'Europe/Moscow', false),
    invented('embassy-copies', 'classic', 'Asia/Karachi', false),
    invented('labelled-layout', 'labelled', 'Europe/Minsk', true),
    invented('labelled-defenders', 'labelled', 'America/Tegucigalpa', true),
    invented('labelled-third-ua', 'labelled', 'Asia/Tashkent', false),
    invented('labelled-stop-action', 'labelled', 'Asia/Tashkent', true),
    invented('labelled-take-action', 'labelled', 'America/Guatemala', false),
  ];
}

/** Every leaf of a draft by its path ("targets[1].target.fax", "asks[0]"), for comparing field by field. */
export function fieldsOf(value: unknown, path = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (Array.isArray(value) && value.length > 0) {
    value.forEach((item, index) => fieldsOf(item, `${path}[${index}]`).forEach((leaf, key) => found.set(key, leaf)));
  } else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, item] of Object.entries(value))
      fieldsOf(item, path ? `${path}.${key}` : key).forEach((leaf, at) => found.set(at, leaf));
  } else {
    found.set(path, value);
  }
  return found;
}
