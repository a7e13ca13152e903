import { WordForms } from './document/casing';
import { readClassicLayout } from './document/classic-layout';
import { isLabelledLayout, readLabelledLayout } from './document/labelled-layout';
import { MARKERS } from './document/document-markers';
import { readDocumentLines } from './document/document-lines';
import { isTelexLayout, readTelexLayout, TELEX } from './document/telex-layout';
import { deadlineZone, ZoneChoice } from './deadline-zone';
import { DraftReport } from './draft-report';
import { extractAdditionalInformation } from './extractors/additional-information.extractor';
import { extractAsks } from './extractors/asks.extractor';
import { extractCountry } from './extractors/country.extractor';
import { extractDeadline } from './extractors/deadline.extractor';
import { extractIdentity } from './extractors/identity.extractor';
import { extractInstructions } from './extractors/instructions.extractor';
import { extractLanguages } from './extractors/languages.extractor';
import { extractNarrative } from './extractors/narrative.extractor';
import { extractRisks } from './extractors/risks.extractor';
import { extractSubjects } from './extractors/subjects.extractor';
import { extractTargets } from './extractors/targets.extractor';
import { extractTitle } from './extractors/title.extractor';
import type { DocumentReading, DraftAction } from './imported-draft';

/** Reads the text of an Urgent Action document into a draft action, saying where each field came from. */
export function readUrgentActionDocument(text: string, zoneChoice: ZoneChoice = {}): DocumentReading {
  const report = new DraftReport();
  const lines = readDocumentLines(text);
  const telex = isTelexLayout(lines);
  const header = lines.find((line) => MARKERS.header.test(line.text) || (telex && TELEX.distribution.test(line.text)));
  if (header) report.read('header', 1, header);
  else report.missing('header', 'no "URGENT ACTION" header: the text may not be an Urgent Action');
  const regions = telex ? readTelexLayout(lines) : isLabelledLayout(lines) ? readLabelledLayout(lines) : readClassicLayout(lines);
  const stop = lines.find((line, index) => MARKERS.stopAction.test(`${line.text} ${lines[index + 1]?.text ?? ''}`));
  const prose = [...regions.narrative, ...regions.asks, ...regions.additionalInformation].map((line) => line.text).join('\n');
  const forms = new WordForms(prose);

  const identity = extractIdentity(regions, report);
  const title = extractTitle(regions, forms, report);
  const narrative = extractNarrative(regions, report);
  const asks = extractAsks(regions, report);
  const targets = extractTargets(regions, report);
  const country = extractCountry(regions, targets, report);
  const zone = deadlineZone(zoneChoice, country);
  const { fields: deadlineFields, deadline } = extractDeadline(regions, zone, forms, report, {
    issuedOn: identity.fields.issuedOn,
    stop: Boolean(stop),
  });
  const action: DraftAction = {
    ...identity.fields,
    ...(title ? { title } : {}),
    ...(country ? { country } : {}),
    ...narrative.fields,
    asks,
    ...extractLanguages(regions, report),
    risks: extractRisks([...regions.title, ...narrative.summaryLines, ...regions.asks], report),
    ...deadlineFields,
    ...extractInstructions(regions, report),
    ...withDefined('additionalInformation', extractAdditionalInformation(regions, report)),
    subjects: extractSubjects(regions, { title, summary: narrative.fields.summary, summaryLines: narrative.summaryLines }, report),
    targets,
  };
  const updateKind = stop ? 'stop action' : identity.furtherInformationOf ? 'further information' : null;
  // A stop action wants no more appeals: what it leaves out is no failure to read.
  if (stop) {
    for (const entry of report.unread) {
      if (STOP_ACTION_LEAVES_OUT.test(entry.field))
        entry.reason = `a stop action: no more appeals are wanted, so the document prints no ${entry.field}`;
    }
  }
  if (stop) report.read('updateKind', 0.9, stop, stop.text, 'stop action');
  return {
    action,
    fields: report.fields,
    unread: report.unread,
    deadline,
    furtherInformationOf: identity.furtherInformationOf,
    updateKind,
    layout: regions.layout,
  };
}

const STOP_ACTION_LEAVES_OUT = /^(?:asks|targets|languages|acceptsOwnLanguage|appealDeadline)$/;

const withDefined = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
