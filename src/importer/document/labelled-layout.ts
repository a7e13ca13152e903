import type { DocumentLine } from './document-line';
import { MARKERS } from './document-markers';
import type { DocumentRegions } from './document-regions';

/** The field labels of the layout used from about 2016 (DOMAIN.md), each naming the region it opens. */
const LABELS = {
  title: /^URGENT ACTION TITLE\b/i,
  publicationDate: /^PUBLICATION DATE\b/i,
  typeAndNumber: /^URGENT ACTION TYPE AND NUMBER\b/i,
  index: /^INDEX NUMBER\b/i,
  summary: /^SUMMARY\b/i,
  // "TAKE ACTION: WRITE AN APPEAL IN YOUR OWN WORDS OR USE THIS MODEL LETTER" in some years.
  letter: /^(?:MODEL )?LETTER\b|^TAKE ACTION\b.*\bMODEL LETTER\b/i,
  targets: /^TARGET['’]?S['’]? CONTACT DETAILS\b/i,
  language: /^PREFERRED LANGUAGES? TO ADDRESS TARGETS?\b/i,
  deadline: /^APPEAL DEADLINE NOTICE\b/i,
  previous: /^LINK TO PREVIOUS UA\b/i,
  background: /^BACKGROUND INFORMATION\b/i,
};
type Label = keyof typeof LABELS;

const labelOf = (line: DocumentLine) => (Object.keys(LABELS) as Label[]).find((label) => LABELS[label].test(line.text)) ?? null;

/** Three or more labels make the later layout. */
export const isLabelledLayout = (lines: DocumentLine[]) => new Set(lines.map(labelOf).filter(Boolean)).size >= 3;

/** "INDEX NUMBER: EUR 45/0123/2019" → "EUR 45/0123/2019"; `"COPIES TO"` and the like after the label go too. */
function valueAfterLabel(line: DocumentLine, label: Label): DocumentLine | null {
  const rest = line.text
    .replace(LABELS[label], '')
    .replace(/^\s*(?:&\s*["“]?COPIES TO["”]?)?\s*:?\s*/i, '')
    .trim();
  return rest ? { ...line, text: rest } : null;
}

/** Each label's lines: the value printed after it on its line, then the lines up to the next label. */
function sections(lines: DocumentLine[]): Partial<Record<Label | 'subjects', DocumentLine[]>> {
  const found: Partial<Record<Label | 'subjects', DocumentLine[]>> = {};
  let current: DocumentLine[] | null = null;
  for (const line of lines) {
    const label = labelOf(line);
    if (label) {
      const value = valueAfterLabel(line, label);
      current = found[label] = value ? [value] : [];
    } else {
      // "NAME AND GENDER PRONOUNS:" closes the background it follows.
      if (MARKERS.subjectLine.test(line.text)) current = found.subjects ??= [];
      current?.push(line);
    }
  }
  return found;
}

/** The labelled layout: each region is what its label introduces. */
export function readLabelledLayout(lines: DocumentLine[]): DocumentRegions {
  const found = sections(lines.filter((line) => !MARKERS.header.test(line.text)));
  const labelled = (label: Label) => found[label] ?? [];
  const contacts = labelled('targets');
  const copiesAt = contacts.findIndex((line) => MARKERS.copiesTo.test(line.text));
  return {
    layout: 'labelled',
    all: lines,
    title: labelled('title'),
    identity: [...labelled('typeAndNumber'), ...labelled('index'), ...labelled('publicationDate')],
    narrative: labelled('summary'),
    languages: labelled('language'),
    asks: labelled('letter'),
    asksAreLetter: true,
    deadline: labelled('deadline'),
    targets: copiesAt < 0 ? contacts : contacts.slice(0, copiesAt),
    copies: copiesAt < 0 ? [] : contacts.slice(copiesAt + 1),
    additionalInformation: labelled('background'),
    subjects: found.subjects ?? [],
  };
}
