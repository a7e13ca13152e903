import { isCapitals } from './capitals';
import type { DocumentLine } from './document-line';
import { find, firstOf } from './line-search';
import { MARKERS } from './document-markers';
import type { DocumentRegions } from './document-regions';
import { countryCodeOf } from '../vocabulary/country-names';
import { PRINTED_DATE } from '../vocabulary/printed-date';

/** The fixed phrases of the typed telex-era layout (DOMAIN.md, "Older documents"). */
export const TELEX = {
  distribution: /^(?:EXTERNAL|INTERNAL)\b/,
  aiIndex: /\bAI Index\s*:/i,
  uaLine: /^UA:?\s*\d{1,4}\s*\/\s*\d{2}\b/i,
  furtherInformation: /^FURTHER INFORMATION ON UA\b/i,
  background: /^BACKGROUND INFORMATION\b/i,
  recommendedAction: /^RECOMMENDED ACTION\s*:/i,
  appealsTo: /^APPEALS TO\b\s*:?/i,
  copiesTo: /^COPIES TO\s*:?/i,
  deadline: /^PLEASE SEND APPEALS\b/i,
};

const DATE_AT_END = new RegExp(`\\s+(${PRINTED_DATE.source})\\s*$`, 'i');
const ONLY_DATE = new RegExp(`^${PRINTED_DATE.source}$`, 'i');

/** A telex: "EXTERNAL … AI Index: …" on top, or an AI Index line with the telex's own action headings. */
export function isTelexLayout(lines: DocumentLine[]): boolean {
  const top = lines.slice(0, 3);
  if (top.some((line) => TELEX.distribution.test(line.text)) && top.some((line) => TELEX.aiIndex.test(line.text))) return true;
  const headings = [TELEX.recommendedAction, TELEX.appealsTo, TELEX.furtherInformation, TELEX.uaLine].filter((pattern) =>
    lines.some((line) => pattern.test(line.text)),
  ).length;
  return top.some((line) => TELEX.aiIndex.test(line.text)) && headings >= 2;
}

const withText = (line: DocumentLine, text: string): DocumentLine => ({ ...line, text });

/**
 * "UA 31/96   Fear of refoulement / Fear for safety   15 February 1996", or "FURTHER INFORMATION ON UA 31/96
 * (EUR 46/06/96, 15 February 1996) - Refoulement / Fear for safety" with the date on a line of its own.
 */
function numberLine(lines: DocumentLine[], at: number): { title: DocumentLine | null; issued: DocumentLine | null; end: number } {
  const line = lines[at];
  let rest = line.text
    .replace(/^(?:FURTHER INFORMATION ON )?UA:?\s*\d{1,4}\s*\/\s*\d{2}\s*/i, '')
    .replace(/^\([^)]*\)\s*/, '')
    .replace(/^[-–—:]\s*/, '');
  let issued: DocumentLine | null = null;
  const dated = DATE_AT_END.exec(rest);
  if (dated) {
    issued = withText(line, dated[1]);
    rest = rest.slice(0, dated.index);
  }
  let end = at + 1;
  if (!issued && lines[end] && ONLY_DATE.test(lines[end].text)) {
    issued = lines[end];
    end += 1;
  }
  const concerns = rest.trim();
  return { title: concerns ? withText(line, concerns) : null, issued, end };
}

/**
 * "RUSSIAN FEDERATION/DEMOCRATIC PEOPLE'S REPUBLIC OF KOREA   Lee Yen Sen (m), aged 42": the countries in
 * capitals, then the people at risk, one a line where there are several.
 */
function countriesAndPeople(lines: DocumentLine[], at: number): { countries: DocumentLine[]; people: DocumentLine[]; end: number } {
  const line = lines[at];
  if (!line) return { countries: [], people: [], end: at };
  // The countries are the leading words in capitals; the first word that is not starts the people.
  const words = line.text.split(/(\s+)/);
  let split = 0;
  for (let index = 0; index < words.length; index += 2) {
    if (!/^[\p{Lu}\d'’/().,:-]+$/u.test(words[index])) break;
    split = index + 1;
  }
  // A surname in capitals ("LEE Yen Sen") may follow the countries: they end with the last word that ends a country.
  for (let end = split; end > 0; end -= 2) {
    const candidate = words.slice(0, end).join('').replace(/[:,]$/, '').trim();
    if (countryCodeOf(candidate.split(/\s*\/\s*/).pop() ?? '')) {
      split = end;
      break;
    }
  }
  const countriesText = words.slice(0, split).join('').replace(/[:,]$/, '').trim();
  if (!countriesText || !isCapitals(countriesText)) return { countries: [], people: [], end: at };
  const peopleText = words.slice(split).join('').trim();
  const people = peopleText ? [withText(line, peopleText)] : [];
  let end = at + 1;
  // "RUSSIAN FEDERATION/" wraps onto "DEMOCRATIC PEOPLE'S" and "REPUBLIC OF KOREA", the people beside or below.
  let countries = countriesText;
  while (
    lines[end] &&
    !lines[end].afterBlank &&
    (/[/]$/.test(countries) || continuesCountry(countries)) &&
    /^[\p{Lu}'’/ ]{3,}/u.test(lines[end].text)
  ) {
    const [, more, rest] = /^([\p{Lu}'’/ ]+?)(?:\s{2,}|\s+(?=\p{Lu}\p{Ll}))(.*)$/u.exec(lines[end].text) ?? [
      undefined,
      lines[end].text,
      '',
    ];
    countries = `${countries}${countries.endsWith('/') ? '' : ' '}${more.trim()}`;
    if (rest?.trim()) people.push(withText(lines[end], rest.trim()));
    end += 1;
  }
  // Further people stand on the lines below, until the first paragraph after a blank line or a sentence.
  while (
    lines[end] &&
    !lines[end].afterBlank &&
    /\([mf]\)|^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,4}\s*(?:\(|,|$)/u.test(lines[end].text) &&
    !/[.!?]$/.test(lines[end].text) &&
    lines[end].text.split(/\s+/).length <= 12
  ) {
    people.push(lines[end]);
    end += 1;
  }
  return { countries: [withText(line, countries)], people, end };
}

/** "… and to diplomatic representatives of <country> accredited to your country." is an instruction, not a target. */
function withoutDiplomatsSentence(lines: DocumentLine[]): DocumentLine[] {
  const start = lines.findIndex((line) => MARKERS.diplomaticRepresentatives.test(line.text));
  if (start < 0) return lines;
  let end = start;
  while (end < lines.length - 1 && !/[.]$/.test(lines[end].text)) end += 1;
  return [...lines.slice(0, start), ...lines.slice(end + 1)];
}

// A country's name printed over two lines breaks after a word that needs the next one.
const continuesCountry = (text: string) => /\b(?:OF|THE|PEOPLE['’]S|DEMOCRATIC|FEDERAL|ISLAMIC|UNITED|ARAB|SOCIALIST)$/.test(text);

/** The typed layout of the 1990s: distribution and index, UA number line, countries and people, then headings. */
export function readTelexLayout(lines: DocumentLine[]): DocumentRegions {
  const indexAt = find(lines, TELEX.aiIndex) ?? -1;
  const numberAt = find(lines, /^(?:FURTHER INFORMATION ON UA|UA:?\s*\d)/i, Math.max(0, indexAt));
  const identityLines = [indexAt, numberAt].filter((index): index is number => index !== null && index >= 0).map((index) => lines[index]);
  const number = numberAt === null ? { title: null, issued: null, end: indexAt + 1 } : numberLine(lines, numberAt);
  const { countries, people, end: bodyStart } = countriesAndPeople(lines, number.end);

  const at = {
    background: find(lines, TELEX.background, bodyStart),
    recommended: find(lines, TELEX.recommendedAction, bodyStart),
    appeals: find(lines, TELEX.appealsTo, bodyStart),
    copies: find(lines, TELEX.copiesTo, bodyStart),
    deadline: find(lines, TELEX.deadline, bodyStart),
  };
  const narrativeEnd = firstOf(at.background, at.recommended, at.appeals, at.copies, at.deadline) ?? lines.length;
  const backgroundEnd = firstOf(at.recommended, at.appeals, at.copies, at.deadline) ?? lines.length;
  // The languages sentence runs to its colon; the asks follow as dash bullets.
  let languagesEnd = at.recommended;
  while (languagesEnd !== null && !lines[languagesEnd].text.endsWith(':') && lines[languagesEnd + 1] && !lines[languagesEnd + 1].bulleted)
    languagesEnd += 1;
  const asksEnd = firstOf(at.appeals, at.copies, at.deadline) ?? lines.length;
  const targetsEnd = firstOf(at.copies, at.deadline) ?? lines.length;
  const copiesEnd = firstOf(at.deadline) ?? lines.length;
  const afterHeading = (index: number, pattern: RegExp) => {
    const rest = lines[index].text.replace(pattern, '').trim();
    return rest ? [withText(lines[index], rest)] : [];
  };
  const numbered = (line: DocumentLine) => withText(line, line.text.replace(/^\(?\d{1,2}[).]\s+/, ''));
  const recommended = at.recommended === null || languagesEnd === null ? [] : lines.slice(at.recommended, languagesEnd + 1);

  return {
    layout: 'telex',
    all: lines,
    title: number.title ? [number.title] : [],
    identity: identityLines,
    issued: number.issued ? [number.issued] : [],
    countries,
    narrative: lines.slice(bodyStart, narrativeEnd),
    languages: recommended.map((line, index) =>
      index === 0 ? withText(line, line.text.replace(TELEX.recommendedAction, '').trim()) : line,
    ),
    asks: languagesEnd === null ? [] : lines.slice(languagesEnd + 1, asksEnd),
    asksAreLetter: false,
    deadline: at.deadline === null ? [] : lines.slice(at.deadline),
    targets:
      at.appeals === null ? [] : [...afterHeading(at.appeals, TELEX.appealsTo), ...lines.slice(at.appeals + 1, targetsEnd)].map(numbered),
    copies:
      at.copies === null
        ? []
        : withoutDiplomatsSentence([...afterHeading(at.copies, TELEX.copiesTo), ...lines.slice(at.copies + 1, copiesEnd)]),
    additionalInformation: at.background === null ? [] : lines.slice(at.background + 1, backgroundEnd),
    subjects: [],
    people,
  };
}
