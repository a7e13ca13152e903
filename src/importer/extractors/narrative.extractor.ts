import type { DocumentLine } from '../document/document-line';
import type { DocumentRegions } from '../document/document-regions';
import { paragraphs } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';
import type { DraftAction } from '../imported-draft';

/** The summary (the first paragraph after the title) and the body (the paragraphs up to the asks). */
export function extractNarrative(
  regions: DocumentRegions,
  report: DraftReport,
): { fields: Pick<DraftAction, 'summary' | 'body'>; summaryLines: DocumentLine[] } {
  const [summary, ...body] = paragraphs(regions.narrative);
  if (!summary) {
    report.missing('summary', 'no paragraph follows the title');
    return { fields: {}, summaryLines: [] };
  }
  report.read('summary', 0.8, summary.lines, summary.text);
  if (body.length === 0) return { fields: { summary: summary.text }, summaryLines: summary.lines };
  const text = body.map((paragraph) => paragraph.text).join('\n\n');
  report.read(
    'body',
    0.75,
    body.flatMap((paragraph) => paragraph.lines),
    text,
  );
  return { fields: { summary: summary.text, body: text }, summaryLines: summary.lines };
}
