import { isCapitals } from '../document/capitals';
import type { WordForms } from '../document/casing';
import type { DocumentRegions } from '../document/document-regions';
import { joinLines } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';
import type { DraftAction, DraftDeadline } from '../imported-draft';
import { parseInstant } from '../../common/instant';
import { isoDateOf, PRINTED_DATE } from '../vocabulary/printed-date';

// "… TO KIM JONG-UN, SUPREME COMMANDER OF THE KOREAN PEOPLE'S ARMY, CARE OF:" names whom the appeals are for.
const ADDRESSED_TO = /^\s*TO\s+(.+?)(?:,?\s*(?:CARE OF|C\/O))?\s*:?\s*$/i;

export interface DeadlineZone {
  timeZone: string;
  /** Where the zone came from: the user's choice, the section's zone, or the default. */
  source: string;
  confidence: number;
  confirmed: boolean;
}

type DeadlineFields = Pick<DraftAction, 'appealDeadline' | 'appealDeadlineTimeZone' | 'appealsAddressedTo'>;

/** The appeal deadline ("PLEASE SEND APPEALS BEFORE 10 APRIL 2012", "10/04/2012") and whom appeals are addressed to. */
export function extractDeadline(
  regions: DocumentRegions, zone: DeadlineZone, forms: WordForms, report: DraftReport,
): { fields: DeadlineFields; deadline: DraftDeadline | null } {
  const fields: DeadlineFields = { appealDeadlineTimeZone: zone.timeZone };
  report.read('appealDeadlineTimeZone', zone.confidence, null, zone.source, zone.timeZone);
  if (!zone.confirmed) report.missing('appealDeadlineTimeZone', `not confirmed: ${zone.source}; give timeZone or section`);
  const printed = joinLines(regions.deadline);
  const date = PRINTED_DATE.exec(printed);
  const appealDeadline = date ? isoDateOf(date[0]) : null;
  if (!date || !appealDeadline) {
    report.missing('appealDeadline', printed ? `no date the importer can read in "${printed}"` : 'the document prints no appeal deadline');
    return { fields, deadline: null };
  }
  fields.appealDeadline = appealDeadline;
  const instant = parseInstant(appealDeadline, zone.timeZone)!.toISOString();
  report.read('appealDeadline', 0.95, regions.deadline, printed, instant);
  const deadline: DraftDeadline = {
    printed: date[0], date: appealDeadline, timeZone: zone.timeZone, timeZoneSource: zone.source, timeZoneConfirmed: zone.confirmed, instant,
  };

  const addressee = ADDRESSED_TO.exec(printed.slice(date.index + date[0].length))?.[1];
  if (addressee) {
    fields.appealsAddressedTo = isCapitals(addressee) ? forms.titleCase(addressee).text : addressee;
    report.read('appealsAddressedTo', 0.8, regions.deadline, printed);
  }
  return { fields, deadline };
}
