import type { DocumentRegions } from '../document/document-regions';
import { MARKERS } from '../document/document-markers';
import type { DraftReport } from '../draft-report';
import type { DraftAction } from '../imported-draft';

/** The standing instructions: copying local diplomats in, and checking before appealing late. */
export function extractInstructions(
  regions: DocumentRegions,
  report: DraftReport,
): Pick<DraftAction, 'invitesLocalDiplomaticCopies' | 'lateAppealsAllowed'> {
  const diplomats = regions.all.find((line) => MARKERS.localDiplomaticCopies.test(line.text));
  if (diplomats) report.read('invitesLocalDiplomaticCopies', 0.95, diplomats);
  else report.read('invitesLocalDiplomaticCopies', 0.6, null, 'the document does not ask for copies to local diplomatic representatives');

  // "Please check with your section office if sending appeals after the above date": late appeals need a check.
  const late = regions.all.find((line) => MARKERS.lateAppeals.test(line.text));
  if (late) report.read('lateAppealsAllowed', 0.8, late);
  else report.read('lateAppealsAllowed', 0.5, null, 'the document says nothing about appeals after the deadline');
  return { invitesLocalDiplomaticCopies: diplomats !== undefined, lateAppealsAllowed: false };
}
