import type { DocumentLine } from './document-line';

export interface Paragraph {
  text: string;
  lines: DocumentLine[];
}

const ENDS_SENTENCE = /[.!?:]["”’)]?$/;

/** Joins wrapped lines; a line ending in a hyphenated word ("Jong-" / "un") is joined without a space. */
export function joinLines(lines: DocumentLine[]): string {
  return lines.reduce((joined, line) => {
    if (!joined) return line.text;
    return /\p{L}-$/u.test(joined) && /^\p{L}/u.test(line.text) ? joined + line.text : `${joined} ${line.text}`;
  }, '');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Groups wrapped lines into paragraphs. Where blank lines are rare they separate paragraphs. But PDF extraction
 * often puts a blank line after most visual lines, so there a paragraph ends on a sentence end that falls
 * clearly short of the wrapping width, or at the end of a run of adjacent lines.
 */
export function paragraphs(lines: DocumentLine[]): Paragraph[] {
  const blanksMark = lines.filter((line) => line.afterBlank).length < 0.5 * (lines.length - 1);
  return blanksMark ? paragraphsBetweenBlanks(lines) : paragraphsByWidth(lines);
}

function paragraphsBetweenBlanks(lines: DocumentLine[]): Paragraph[] {
  const found: Paragraph[] = [];
  for (const line of lines) {
    if (found.length === 0 || line.afterBlank || line.bulleted) found.push({ text: '', lines: [] });
    found[found.length - 1].lines.push(line);
  }
  return found.map((paragraph) => ({ text: joinLines(paragraph.lines), lines: paragraph.lines }));
}

function paragraphsByWidth(lines: DocumentLine[]): Paragraph[] {
  const wrapped = lines.filter((line) => !ENDS_SENTENCE.test(line.text)).map((line) => line.text.length);
  const width = wrapped.length >= 2 ? median(wrapped) : null;
  const found: Paragraph[] = [];
  let current: DocumentLine[] = [];
  lines.forEach((line, index) => {
    current.push(line);
    const next = lines[index + 1];
    const endsRun = next !== undefined && next.afterBlank && current.length > 1 && !line.afterBlank;
    const ends =
      next === undefined ||
      next.bulleted ||
      (ENDS_SENTENCE.test(line.text) && (width === null || endsRun || line.text.length < 0.8 * width));
    if (ends) {
      found.push({ text: joinLines(current), lines: current });
      current = [];
    }
  });
  return found;
}
