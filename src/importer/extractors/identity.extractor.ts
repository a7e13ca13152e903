import type { DocumentRegions } from '../document/document-regions';
import type { DraftReport } from '../draft-report';
import type { DraftAction } from '../imported-draft';
import { isoDateOf, PRINTED_DATE } from '../vocabulary/printed-date';
import { expectedMatch } from '../document/expected-match';

const UA_NUMBER = /\bUA:?\s*(\d{1,4})\s*\/\s*(\d{2})\b/i;
// "ASA 24/002/2012"; the telex era printed "EUR 46/06/96", which the archive writes "EUR 46/006/1996".
const INDEX = /\b([A-Z]{3})\s?(\d{2})\s?\/\s?(\d{2,4})\s?\/\s?(\d{4}|\d{2})\b/;
const fullYear = (year: string) => (year.length === 4 ? year : `${Number(year) >= 60 ? '19' : '20'}${year}`);
const ISSUE_DATE = /\b(?:Date|Publication date)\s*:?\s*(.+)$/i;
// "Further information on UA: 214/09"; the later layout says "THIRD UA 60/16" ("FIRST UA" is the original itself).
const UPDATE_OF =
  /\b(?:further information on|(?:\w+ )?update on|second|third|fourth|fifth|sixth|seventh|final|\d+(?:nd|rd|th))\s+(?:urgent action|UA):?\s*(\d{1,4})\s*\/\s*(\d{2})\b/i;

export interface DocumentIdentity {
  fields: Pick<DraftAction, 'reference' | 'documentIndex' | 'issuedOn'>;
  furtherInformationOf: string | null;
}

/** The UA number, index and issue date from the identifying line (header or footer) or the labelled fields. */
export function extractIdentity(regions: DocumentRegions, report: DraftReport): DocumentIdentity {
  const fields: DocumentIdentity['fields'] = {};
  let furtherInformationOf: string | null = null;
  const lines = regions.identity;

  const update = lines.find((line) => UPDATE_OF.test(line.text));
  if (update) {
    const [, sequence, year] = expectedMatch(UPDATE_OF, update.text);
    furtherInformationOf = `UA ${sequence}/${year}`;
  }
  const numbered = update ?? lines.find((line) => UA_NUMBER.test(line.text));
  if (numbered) {
    const [, sequence, year] = expectedMatch(UA_NUMBER, numbered.text);
    fields.reference = `UA ${sequence}/${year}`;
    report.read('reference', 0.95, numbered);
  } else {
    report.missing('reference', 'the document prints no UA number ("UA: 66/12")');
  }

  const indexed = lines.find((line) => INDEX.test(line.text));
  if (indexed) {
    const [, region, country, number, year] = expectedMatch(INDEX, indexed.text);
    fields.documentIndex = `${region} ${country}/${number.padStart(3, '0')}/${fullYear(year)}`;
    report.read('documentIndex', 0.95, indexed, indexed.text, fields.documentIndex);
  } else {
    report.missing('documentIndex', 'the document prints no index number ("Index: ASA 24/002/2012")');
  }

  const dated = regions.issued?.length
    ? regions.issued[0]
    : regions.layout === 'labelled'
      ? lines.find((line) => !INDEX.test(line.text) && !UA_NUMBER.test(line.text) && PRINTED_DATE.test(line.text))
      : lines.find((line) => ISSUE_DATE.test(line.text));
  const printed = dated && (ISSUE_DATE.exec(dated.text)?.[1] ?? dated.text);
  const issuedOn = printed ? isoDateOf(PRINTED_DATE.exec(printed)?.[0] ?? '') : null;
  if (dated && issuedOn) {
    fields.issuedOn = issuedOn;
    report.read('issuedOn', 0.9, dated);
  } else {
    report.missing('issuedOn', dated ? `"${dated.text}" holds no date the importer can read` : 'the document prints no issue date');
  }
  return { fields, furtherInformationOf };
}
