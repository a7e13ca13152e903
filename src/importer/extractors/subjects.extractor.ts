import { Gender, SubjectStatus } from '../../actions/action-vocabulary';
import type { SubjectFieldsDto } from '../../actions/dto/subject-fields.dto';
import type { DocumentLine } from '../document/document-line';
import type { DocumentRegions } from '../document/document-regions';
import type { DraftReport } from '../draft-report';
import { countryCodeOf, countryOfAdjective } from '../vocabulary/country-names';
import { genderOf, groupSizeOf, isGroupName, statusOf } from './subject-wording';

const NAME = /^(?:names?|name and gender pronouns?)\s*:\s*(.*)$/i;
const GENDER = /^(?:gender m\/f|gender)\s*:\s*(.*)$/i;
// The later layout prints pronouns after the name: "Daru Velisk (he/him)".
const PRONOUNS = /\s*\(((?:he|she|they|ze|xe)\s*\/\s*\w+)\)\s*$/i;
const PSEUDONYM = /\s*\((?:not (?:his|her|their) real name|pseudonym|name changed)\)|\s*\[pseudonym\]/i;

interface Entry {
  name: string;
  line: DocumentLine;
  genderPrinted?: string;
  genderLine?: DocumentLine;
}

/** "Name:" lines (one or several people on each), with the "Gender m/f:" line that follows them. */
function entries(lines: DocumentLine[]): Entry[] {
  const found: Entry[] = [];
  let pending: Entry[] = [];
  for (const line of lines) {
    const name = NAME.exec(line.text);
    const gender = GENDER.exec(line.text);
    if (name) {
      pending = splitNames(name[1]).map((each) => {
        const pronouns = PRONOUNS.exec(each)?.[1];
        return pronouns ? { name: each.replace(PRONOUNS, ''), line, genderPrinted: pronouns, genderLine: line } : { name: each, line };
      });
      found.push(...pending);
    } else if (gender) {
      // "Gender m/f: f, m" under "Name: A, B" gives each person their own.
      const each = gender[1].split(/\s*,\s*/);
      const printed = each.length === pending.length && pending.length > 1 ? each : pending.map(() => gender[1].trim());
      pending.forEach((entry, index) => Object.assign(entry, { genderPrinted: printed[index], genderLine: line }));
      pending = [];
    }
  }
  return found;
}

// The telex era names people on one line: "Lee Yen Sen (m), aged 42, former logger; Kim Invented (f)".
const MARKED = /^(.*?)\s*\(([mf])\)/i;
const NEXT_PERSON = /;\s*|(?<=\([mf]\))\s*(?:,|and)\s*(?=\p{Lu}[^;]*\([mf]\))/iu;

/** Telexes print the surname in capitals ("CHOI Gyong Ho"); the name is written "Choi Gyong Ho". */
const withoutCapitalisedSurname = (name: string) =>
  name.replace(/\b(\p{Lu})(\p{Lu}+)\b/gu, (_word, first: string, rest: string) => first + rest.toLowerCase());

/** The telex's people lines: a name with "(m)" or "(f)" and often age or occupation after it, or a group. */
function telexEntries(lines: DocumentLine[]): Entry[] {
  return lines.flatMap((line) =>
    line.text
      .split(NEXT_PERSON)
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const marked = MARKED.exec(part);
        if (marked)
          return { name: withoutCapitalisedSurname(marked[1].trim()), line, genderPrinted: marked[2].toLowerCase(), genderLine: line };
        // "Two North Korean men (names not known)": the note in brackets and what follows a comma describe the group.
        return {
          name: part
            .replace(/\s*\([^)]*\)\s*$/, '')
            .split(/,\s*/)[0]
            .trim(),
          line,
        };
      }),
  );
}

// Two to four capitalised words, Spanish and Dutch particles between them: "Lucía Invented Paz", "Ana de la Cruz".
const NAME_IN_TEXT = /\p{Lu}[\p{Ll}'’-]+(?:\s+(?:(?:de|del|de la|van|von|bin|al)\s+)?\p{Lu}[\p{Ll}'’-]+){1,3}/gu;
// A capitalised run after "in", "of", "at" … names a place or a body ("the invented village of Río Claro").
const AFTER_PREPOSITION = /\b(?:in|of|at|from|to|near|by|for|on|the)\s+$/i;
const NOT_A_PERSON =
  /\b(?:Amnesty|International|Ministry|Minister|Office|Court|Police|Army|Council|Committee|Commission|Republic|Federation|Kingdom|Union|Nations|January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * The later layout may name the people at risk only in its summary ("Lucía Invented Paz, Marco Invented Reyes and
 * Tomás Invented Cruz were detained"): personal names that the letter or background names again.
 */
function namedInSummary(summary: DocumentLine[], elsewhere: string): Entry[] {
  const found: Entry[] = [];
  for (const line of summary) {
    for (const match of line.text.matchAll(NAME_IN_TEXT)) {
      const name = match[0];
      const before = line.text.slice(0, match.index);
      // At a sentence's start the first word may be any word ("Invented blogger Aziz …" reads "Aziz …").
      if (AFTER_PREPOSITION.test(before) || NOT_A_PERSON.test(name) || countryCodeOf(name) || countryOfAdjective(name.split(/\s+/)[0]))
        continue;
      if (!elsewhere.includes(name)) continue;
      if (!found.some((entry) => entry.name === name)) found.push({ name, line });
    }
  }
  return found;
}

/** "Lem Tarvo and Imka Soll" → two people; a group's name stays whole. */
function splitNames(printed: string): string[] {
  const text = printed.trim();
  if (!text || isGroupName(text)) return text ? [text] : [];
  return text.split(/\s*,\s*|\s+and\s+/).filter(Boolean);
}

/** The people at risk, from the "Name:" and "Gender m/f:" lines at the end of the document. */
export function extractSubjects(
  regions: DocumentRegions,
  situation: { title?: string; summary?: string; summaryLines?: DocumentLine[] },
  report: DraftReport,
): Partial<SubjectFieldsDto>[] {
  let found = regions.people?.length ? telexEntries(regions.people) : entries(regions.subjects);
  let fromSummary = false;
  if (found.length === 0 && situation.summaryLines?.length) {
    const summaryNumbers = new Set(situation.summaryLines.map((line) => line.number));
    const elsewhere = [
      ...regions.asks,
      ...regions.additionalInformation,
      ...regions.narrative.filter((line) => !summaryNumbers.has(line.number)),
    ]
      .map((line) => line.text)
      .join(' ');
    found = namedInSummary(situation.summaryLines, elsewhere);
    fromSummary = found.length > 0;
  }
  if (found.length === 0) {
    report.missing(
      'subjects',
      regions.layout === 'telex' ? 'no people at risk follow the countries line' : 'the document has no "Name:" line',
    );
    return [];
  }
  const said = situationOf(situation);
  return found.map((entry, index) => {
    const path = `subjects[${index}]`;
    const isPseudonym = PSEUDONYM.test(entry.name);
    const name = entry.name.replace(PSEUDONYM, '').trim();
    const isGroup = isGroupName(name);
    const subject: Partial<SubjectFieldsDto> = { name, isGroup };
    report.read(`${path}.name`, fromSummary ? 0.6 : 0.9, entry.line, entry.name);
    report.read(`${path}.isGroup`, 0.7, entry.line, entry.name, String(isGroup));
    const size = isGroup ? groupSizeOf(name) : null;
    if (size !== null) {
      subject.groupSize = size;
      report.read(`${path}.groupSize`, 0.8, entry.line, entry.name, String(size));
    }
    readGender(entry, subject, path, report, isGroup);
    subject.isPseudonym = isPseudonym;
    subject.status = said?.status ?? SubjectStatus.AtRisk;
    if (said) report.read(`${path}.status`, said.confidence, null, said.text, said.status);
    else report.missing(`${path}.status`, `neither title nor summary says what happened; "${SubjectStatus.AtRisk}" is assumed`);
    return subject;
  });
}

/** What happened to the people, as the title says it, else the summary's first sentence. */
function situationOf({ title, summary }: { title?: string; summary?: string }) {
  const firstSentence = summary?.split(/(?<=[.!?])\s/)[0];
  for (const [text, confidence] of [
    [title, 0.7],
    [firstSentence, 0.5],
  ] as const) {
    const status = text ? statusOf(text) : null;
    if (text && status) return { text, status, confidence };
  }
  return null;
}

function readGender(entry: Entry, subject: Partial<SubjectFieldsDto>, path: string, report: DraftReport, isGroup: boolean): void {
  // "Two North Korean men": a group's own noun says its gender when no gender is printed.
  const byNoun = isGroup && entry.genderPrinted === undefined ? genderOf(entry.name.split(/\s+/).pop() ?? '') : null;
  if (byNoun && byNoun !== Gender.Unknown) {
    subject.gender = byNoun;
    report.read(`${path}.gender`, 0.6, entry.line, entry.name, byNoun);
    return;
  }
  if (entry.genderPrinted === undefined || !entry.genderLine) {
    subject.gender = Gender.Unknown;
    report.missing(`${path}.gender`, 'no "Gender m/f:" line follows the name');
    return;
  }
  subject.genderPrinted = entry.genderPrinted;
  const gender = genderOf(entry.genderPrinted);
  subject.gender = gender ?? Gender.Other;
  if (gender) report.read(`${path}.gender`, 0.9, entry.genderLine, entry.genderPrinted, gender);
  else report.missing(`${path}.gender`, `"${entry.genderPrinted}" is no gender the importer knows; kept as printed`);
}
