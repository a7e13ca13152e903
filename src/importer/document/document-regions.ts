import type { DocumentLine } from './document-line';

/** The parts of an Urgent Action document, found by its layout; each extractor reads its own. */
export interface DocumentRegions {
  layout: 'classic' | 'labelled' | 'telex';
  /** Every line, for what may be printed anywhere (the identifying line, the footer). */
  all: DocumentLine[];
  title: DocumentLine[];
  /** Lines that carry the UA number, index and issue date: the identifying line, or the labelled fields. */
  identity: DocumentLine[];
  /** Summary then body. */
  narrative: DocumentLine[];
  languages: DocumentLine[];
  asks: DocumentLine[];
  /** The later layout prints a model letter instead of a list of asks. */
  asksAreLetter: boolean;
  deadline: DocumentLine[];
  targets: DocumentLine[];
  copies: DocumentLine[];
  additionalInformation: DocumentLine[];
  subjects: DocumentLine[];
  /** Where a layout prints the issue date apart from the identifying lines (the telex's UA number line). */
  issued?: DocumentLine[];
  /** The telex's line naming the countries concerned in capitals, separated by slashes. */
  countries?: DocumentLine[];
  /** The telex's people at risk: "Lee Yen Sen (m), aged 42, former logger", one a line. */
  people?: DocumentLine[];
}
