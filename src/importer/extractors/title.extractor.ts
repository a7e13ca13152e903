import { isCapitals } from '../document/capitals';
import type { WordForms } from '../document/casing';
import type { DocumentRegions } from '../document/document-regions';
import { joinLines } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';

/** The title, turned from the capitals it is printed in back into the document's own writing. */
export function extractTitle(regions: DocumentRegions, forms: WordForms, report: DraftReport): string | undefined {
  if (regions.title.length === 0) {
    report.missing('title', 'no title follows the "URGENT ACTION" header');
    return undefined;
  }
  const printed = joinLines(regions.title);
  if (!isCapitals(printed)) {
    report.read('title', 0.9, regions.title);
    return printed;
  }
  const { text, unknownWords } = forms.sentenceCase(printed);
  report.read('title', unknownWords.length ? 0.6 : 0.85, regions.title);
  return text;
}
