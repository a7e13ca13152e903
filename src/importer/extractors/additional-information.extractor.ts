import type { DocumentRegions } from '../document/document-regions';
import { paragraphs } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';

/** The background under ADDITIONAL INFORMATION (BACKGROUND INFORMATION in the later layout), paragraph by paragraph. */
export function extractAdditionalInformation(regions: DocumentRegions, report: DraftReport): string | undefined {
  const found = paragraphs(regions.additionalInformation);
  if (found.length === 0) {
    report.missing('additionalInformation', 'the document has no ADDITIONAL INFORMATION section');
    return undefined;
  }
  const text = found.map((paragraph) => paragraph.text).join('\n\n');
  report.read('additionalInformation', 0.8, regions.additionalInformation, text);
  return text;
}
