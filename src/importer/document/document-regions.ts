import type { DocumentLine } from './document-line';

/** The parts of an Urgent Action document, found by its layout; each extractor reads its own. */
export interface DocumentRegions {
  layout: 'classic' | 'labelled';
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
}
