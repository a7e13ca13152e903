import { isCapitals } from '../document/capitals';
import type { WordForms } from '../document/casing';
import type { DocumentRegions } from '../document/document-regions';
import { joinLines } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';
import type { DraftAction, DraftDeadline } from '../imported-draft';
import { parseInstant } from '../../common/instant';
import { expectedMatch } from '../document/expected-match';

import { isoDateOf, PRINTED_DATE } from '../vocabulary/printed-date';

/** A date the extractor has just read as valid, as an instant in the office's zone. */
function instantIn(date: string, timeZone: string): string {
  const instant = parseInstant(date, timeZone);
  if (!instant) throw new Error(`The importer read ${date} as a date, yet it is not one in ${timeZone}`);
  return instant.toISOString();
}

// "… TO KIM JONG-UN, SUPREME COMMANDER OF THE KOREAN PEOPLE'S ARMY, CARE OF:" names whom the appeals are for.
const ADDRESSED_TO = /^\s*TO\s+(.+?)(?:,?\s*(?:CARE OF|C\/O))?\s*:?\s*$/i;

export interface DeadlineZone {
  timeZone: string;
  /** Where the zone came from: the user's choice, the section's zone, or the default. */
  source: string;
  confidence: number;
  confirmed: boolean;
}

type DeadlineFields = Pick<DraftAction, 'appealDeadline' | 'appealDeadlineTimeZone' | 'appealsAddressedTo' | 'appealDeadlineConfirmed'>;

// "PLEASE SEND APPEALS IMMEDIATELY", "to arrive as quickly as possible": no date, appeals are wanted now.
const AS_SOON_AS_POSSIBLE = /\b(?:immediately|as (?:soon|quickly) as possible|without delay)\b/i;
/** DOMAIN.md: the appeal window is about six weeks. */
export const WORKING_WINDOW_DAYS = 42;

const plusDays = (isoDate: string, days: number) => {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The appeal deadline ("PLEASE SEND APPEALS BEFORE 10 APRIL 2012", "10/04/2012") and whom appeals are addressed to. */
export function extractDeadline(
  regions: DocumentRegions,
  zone: DeadlineZone,
  forms: WordForms,
  report: DraftReport,
  context: { issuedOn?: string | null; stop?: boolean } = {},
): { fields: DeadlineFields; deadline: DraftDeadline | null } {
  const fields: DeadlineFields = { appealDeadlineTimeZone: zone.timeZone };
  report.read('appealDeadlineTimeZone', zone.confidence, null, zone.source, zone.timeZone);
  if (!zone.confirmed) report.missing('appealDeadlineTimeZone', `not confirmed: ${zone.source}; give timeZone or section`);
  const printed = joinLines(regions.deadline);
  const date = PRINTED_DATE.exec(printed);
  const appealDeadline = date ? isoDateOf(date[0]) : null;
  if (!date || !appealDeadline) {
    if (printed && AS_SOON_AS_POSSIBLE.test(printed)) return workingDeadline(regions, zone, printed, fields, report, context.issuedOn);
    report.missing(
      'appealDeadline',
      context.stop
        ? 'a stop action asks for no more appeals and has no deadline'
        : printed
          ? `no date the importer can read in "${printed}"`
          : 'the document prints no appeal deadline',
    );
    return { fields, deadline: null };
  }
  fields.appealDeadline = appealDeadline;
  const instant = instantIn(appealDeadline, zone.timeZone);
  report.read('appealDeadline', 0.95, regions.deadline, printed, instant);
  const deadline: DraftDeadline = {
    printed: date[0],
    date: appealDeadline,
    timeZone: zone.timeZone,
    timeZoneSource: zone.source,
    timeZoneConfirmed: zone.confirmed,
    instant,
    asSoonAsPossible: false,
    confirmed: true,
  };

  const addressee = ADDRESSED_TO.exec(printed.slice(date.index + date[0].length))?.[1];
  if (addressee) {
    fields.appealsAddressedTo = isCapitals(addressee) ? forms.titleCase(addressee).text : addressee;
    report.read('appealsAddressedTo', 0.8, regions.deadline, printed);
  }
  return { fields, deadline };
}

/**
 * "PLEASE SEND APPEALS IMMEDIATELY" with no date: the draft is marked as soon as possible, with a working deadline
 * six weeks after the issue date that staff must confirm before publishing.
 */
function workingDeadline(
  regions: DocumentRegions,
  zone: DeadlineZone,
  printed: string,
  fields: DeadlineFields,
  report: DraftReport,
  issuedOn?: string | null,
): { fields: DeadlineFields; deadline: DraftDeadline | null } {
  const wording = expectedMatch(AS_SOON_AS_POSSIBLE, printed)[0];
  if (!issuedOn) {
    report.missing('appealDeadline', `appeals are wanted "${wording}" and no issue date is printed to count a working deadline from`);
    return { fields, deadline: null };
  }
  const date = plusDays(issuedOn, WORKING_WINDOW_DAYS);
  const instant = instantIn(date, zone.timeZone);
  Object.assign(fields, { appealDeadline: date, appealDeadlineConfirmed: false });
  report.read('appealDeadline', 0.3, regions.deadline, printed, instant);
  report.missing(
    'appealDeadline',
    `not confirmed: appeals are wanted "${wording}"; ${date} is a working deadline (issue date + 6 weeks) that staff must confirm before publishing`,
  );
  return {
    fields,
    deadline: {
      printed: wording,
      date,
      timeZone: zone.timeZone,
      timeZoneSource: zone.source,
      timeZoneConfirmed: zone.confirmed,
      instant,
      asSoonAsPossible: true,
      confirmed: false,
    },
  };
}
