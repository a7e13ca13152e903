import type { DeadlineZone } from './extractors/deadline.extractor';
import { officeTimeZone } from './vocabulary/office-time-zone';

/** What the caller says about the deadline's zone: a zone they confirmed, or the section they import for. */
export interface ZoneChoice {
  timeZone?: string;
  section?: { code: string; timeZone: string };
}

/**
 * The zone the deadline is read in: the caller's, else the section's, else the one zone of the country
 * concerned (where its office sits). A country with several zones gives UTC, flagged for the user to confirm.
 */
export function deadlineZone(choice: ZoneChoice, country: string | undefined): DeadlineZone {
  if (choice.timeZone) return { timeZone: choice.timeZone, source: 'the time zone given by the user', confidence: 1, confirmed: true };
  if (choice.section) {
    return {
      timeZone: choice.section.timeZone,
      source: `the time zone of section ${choice.section.code}`,
      confidence: 0.9,
      confirmed: true,
    };
  }
  const office = country ? officeTimeZone(country, []) : null;
  if (office) {
    return {
      timeZone: office.timeZone,
      source: `the office time zone of ${country}, the country concerned`,
      confidence: 0.5,
      confirmed: false,
    };
  }
  return {
    timeZone: 'UTC',
    source: country
      ? `${country} has several time zones; UTC until the user confirms one`
      : 'no country known; UTC until the user confirms a zone',
    confidence: 0.1,
    confirmed: false,
  };
}
