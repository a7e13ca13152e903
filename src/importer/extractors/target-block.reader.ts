import { isEmail } from 'class-validator';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { TargetRole } from '../../actions/action-vocabulary';
import { normaliseEmail, toE164 } from '../../targets/contact-numbers';
import type { DocumentLine } from '../document/document-line';
import { joinLines } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';
import type { DraftTarget } from '../imported-draft';
import { countryInLine } from '../vocabulary/country-names';
import { officeTimeZone } from '../vocabulary/office-time-zone';
import { targetKindOf } from './target-kind';
import {
  ContactLabel,
  contactEntries,
  continuesOnNextLine,
  isAddressLine,
  isOrganisationLine,
  isPersonalName,
  isRoleLine,
  splitHonorific,
  splitTitledName,
} from './target-lines';

/** The name a line carries: after an honorific or rank, after a title that names its office, or alone. */
function nameIn(text: string): { honorific: string | null; name: string; title?: string } | null {
  const honoured = splitHonorific(text);
  if (honoured) return honoured;
  const titled = splitTitledName(text);
  if (titled) return { honorific: null, ...titled };
  return isPersonalName(text) ? { honorific: null, name: text } : null;
}

type Contact = { label: ContactLabel; value: string; line: DocumentLine };

/** Title, name, organisation and address: the lines before the contact lines, in the order a block prints them. */
function describedBy(lines: DocumentLine[]) {
  const honorificAt = lines.findIndex((line) => splitHonorific(line.text) || splitTitledName(line.text));
  const at = honorificAt >= 0 ? honorificAt : lines.findIndex((line) => isPersonalName(line.text));
  const before = at > 0 ? lines.slice(0, at) : [];
  const rest = at >= 0 ? lines.slice(at + 1) : lines;
  const titleAfter: DocumentLine[] = [];
  /** Moves the first remaining line to `into` while `takes` says so. */
  const takeWhile = (into: DocumentLine[], takes: (line: DocumentLine) => boolean) => {
    for (let line = rest[0]; line && takes(line); line = rest[0]) {
      into.push(line);
      rest.shift();
    }
  };
  if (before.length === 0) takeWhile(titleAfter, (line) => isRoleLine(line.text) && !isAddressLine(line.text));
  const organisation: DocumentLine[] = [];
  const organisationLine = rest[0];
  if (organisationLine && isOrganisationLine(organisationLine.text)) {
    organisation.push(organisationLine);
    rest.shift();
    takeWhile(organisation, (line) => !isAddressLine(line.text) && continuesOnNextLine(organisation[organisation.length - 1].text));
  }
  return { nameLine: at >= 0 ? lines[at] : null, title: [...before, ...titleAfter], organisation, address: rest };
}

function countryOf(address: DocumentLine[], contacts: Contact[]): { code: string; line: DocumentLine; confidence: number } | null {
  for (const line of [...address].reverse()) {
    const code = countryInLine(line.text);
    if (code) return { code, line, confidence: 0.9 };
  }
  const dialled = contacts.find((contact) => contact.label === 'fax' || contact.label === 'phone');
  const code = dialled && parsePhoneNumberFromString(dialled.value)?.country;
  return dialled && code ? { code, line: dialled.line, confidence: 0.6 } : null;
}

/** One target block → a target as `POST /api/actions` takes it, each field reported under `targets[i].target`. */
export function readTargetBlock(lines: DocumentLine[], role: TargetRole, index: number, report: DraftReport): DraftTarget {
  const path = `targets[${index}].target`;
  const contacts: Contact[] = [];
  const described: DocumentLine[] = [];
  for (const line of lines) {
    const entries = contactEntries(line.text);
    if (!entries) described.push(line);
    for (const entry of entries ?? []) if (entry.label && entry.value) contacts.push({ label: entry.label, value: entry.value, line });
  }
  const { nameLine, title, organisation, address } = describedBy(described);
  const target: DraftTarget['target'] = {};
  report.read(`targets[${index}].role`, 0.9, lines[0], role === 'copy' ? 'Copies to' : 'PLEASE SEND APPEALS … TO');

  const named = nameLine ? (nameIn(nameLine.text) ?? { honorific: null, name: nameLine.text }) : null;
  if (named) {
    if (named.honorific) target.honorific = named.honorific;
    target.name = named.name;
    report.read(`${path}.name`, named.honorific ? 0.9 : 0.7, nameLine, named.name);
    if (named.honorific) report.read(`${path}.honorific`, 0.9, nameLine, named.honorific);
  } else {
    report.missing(`${path}.name`, `no personal name in the block starting "${lines[0].text}"`);
  }
  // A title printed on the name's line ("Minister of Security General de División …") follows any title above it.
  const titleText = [joinLines(title), named?.title ?? ''].filter(Boolean).join(' ');
  if (titleText) {
    target.title = titleText;
    report.read(`${path}.title`, 0.8, title.length ? title : nameLine, titleText);
  }
  if (organisation.length) {
    target.organisation = joinLines(organisation);
    report.read(`${path}.organisation`, 0.7, organisation);
  }
  const kind = targetKindOf(`${target.title ?? ''} ${target.organisation ?? ''}`);
  if (kind) {
    target.kind = kind;
    report.read(`${path}.kind`, 0.7, [...title, ...organisation]);
  } else {
    report.missing(`${path}.kind`, 'neither title nor organisation says what kind of office this is');
  }
  if (address.length) {
    target.addressLines = address.map((line) => line.text);
    report.read(`${path}.addressLines`, 0.75, address);
  }

  const country = countryOf(address, contacts);
  if (country) {
    target.country = country.code;
    report.read(`${path}.country`, country.confidence, country.line);
  } else {
    report.missing(`${path}.country`, 'no country in the address and no international fax or phone number');
  }
  const zone = country ? officeTimeZone(country.code, target.addressLines ?? []) : null;
  if (country && zone) {
    target.timeZone = zone.timeZone;
    report.read(`${path}.timeZone`, 0.7, country.line, zone.reason);
  } else {
    report.missing(
      `${path}.timeZone`,
      target.country ? `${target.country} has several time zones and the address names none` : 'the country is unknown',
    );
  }
  readContacts(contacts, target, path, report);
  return { role, target };
}

function readContacts(contacts: Contact[], target: DraftTarget['target'], path: string, report: DraftReport): void {
  for (const contact of contacts) {
    const field = `${path}.${contact.label}`;
    if (target[contact.label] && contact.label !== 'email') {
      report.missing(field, `a second ${contact.label} "${contact.value}" was left out; the first one printed is kept`);
    } else if (contact.label === 'fax' || contact.label === 'phone') {
      const e164 = toE164(contact.value, target.country);
      if (e164) {
        target[contact.label] = contact.value;
        report.read(field, 0.95, contact.line, contact.value, e164);
      } else report.missing(field, `"${contact.value}" is not a valid number`);
    } else if (contact.label === 'email') {
      readEmails(contact, target, field, report);
    } else {
      target.salutation = contact.value.replace(/,$/, '');
      report.read(field, 0.9, contact.line, contact.value);
    }
  }
}

// "a@x.example, b@x.example", "a@x.example / b@x.example", "a@x.example y b@x.example": one line, several addresses.
const EMAIL_SEPARATOR = /\s*[,;/]\s*|\s+(?:and|or|y|o|et|ou|und)\s+|\s+/i;

/** Every address on an Email line; the first becomes `email`, all of them `emails` when there are several. */
function readEmails(contact: Contact, target: DraftTarget['target'], field: string, report: DraftReport): void {
  const parts = contact.value
    .split(EMAIL_SEPARATOR)
    .map((part) => part.replace(/^[<(]|[>).]$/g, ''))
    .filter(Boolean);
  // Words without an "@" are a single value written out ("info at prosecutor"), not several addresses.
  const printed = parts.some((part) => part.includes('@'))
    ? parts.filter((part) => part.includes('@') || parts.length === 1)
    : [contact.value];
  const known = target.emails ?? (target.email ? [target.email] : []);
  for (const each of printed) {
    const email = normaliseEmail(each);
    if (!isEmail(email)) {
      report.missing(field, `"${each}" is not an email address`);
      continue;
    }
    if (known.includes(email)) continue;
    known.push(email);
    report.read(
      known.length === 1 ? field : `${field.replace(/\.email$/, '.emails')}[${known.length - 1}]`,
      0.95,
      contact.line,
      each,
      email,
    );
  }
  if (known.length) target.email = known[0];
  if (known.length > 1) target.emails = known;
}
