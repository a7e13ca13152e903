import type { DocumentLine } from './document-line';
import { ExtractionArtefacts, repeatedPageLines } from './extraction-artefacts';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACE = /[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const BULLET = /^(?:[\uE000-\uF8FF•●▪■◦○‣∙·]|[-*–](?=\s))\s*/u;
// Link annotations and page furniture that PDF extraction prints as text of their own.
const NOISE = [/^mailto:\S+$/i, /^page \d+( of \d+)?$/i, /^.{0,60}\bpage \d+ of \d+$/i];
const HYPHENATED_END = /(\p{L}+)-$/u;
const WORD_START = /^(\p{Ll}+)([.,;:!?)"”’]*)(?:\s+|$)/u;

function cleaned(raw: string): { text: string; bulleted: boolean } {
  const text = raw.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').trim();
  const bullet = BULLET.exec(text);
  const unbulleted = bullet ? text.slice(bullet[0].length) : text;
  return { text: unbulleted.replace(/ {2,}/g, ' ').trim(), bulleted: bullet !== null && unbulleted.length > 0 };
}

/**
 * The document's non-blank lines, each with its source line number, spacing collapsed and bullets noted; with what
 * PDF extraction adds undone: letter-spaced headings closed up, line-end hyphenation joined, page headers and
 * footers that repeat on every page kept once.
 */
export function readDocumentLines(source: string): DocumentLine[] {
  const raw = source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((text, index) => ({ index, page: 0, ...cleaned(text), pageBreak: text.includes('\f') }));
  let page = 0;
  for (const line of raw) {
    if (line.pageBreak) page += 1;
    line.page = page;
  }
  const artefacts = new ExtractionArtefacts(raw.map((line) => line.text));
  for (const line of raw) line.text = artefacts.closeUp(line.text);
  const written = raw.filter((line) => line.text && !NOISE.some((pattern) => pattern.test(line.text)));
  const pages = Array.from({ length: page + 1 }, (_, number) => written.filter((line) => line.page === number).map((line) => line.text));
  const repeated = pages.filter((texts) => texts.length).length > 1 ? repeatedPageLines(pages) : new Set<string>();
  const shown = new Set<string>();

  const lines: DocumentLine[] = [];
  let previousIndex = -1;
  for (const line of written) {
    const shape = line.text.replace(/\d+/g, '#');
    if (repeated.has(shape) && shown.has(shape)) continue;
    shown.add(shape);
    const afterBlank = line.index > previousIndex + 1;
    previousIndex = line.index;
    lines.push({ number: line.index + 1, text: line.text, afterBlank: afterBlank && lines.length > 0, bulleted: line.bulleted });
  }
  return joinHyphenation(lines, artefacts);
}

/** "consid-" / "ered;" → "considered;" on the first line, where the document's words say it is one word. */
function joinHyphenation(lines: DocumentLine[], artefacts: ExtractionArtefacts): DocumentLine[] {
  for (let index = 0; index < lines.length - 1; index += 1) {
    const end = HYPHENATED_END.exec(lines[index].text);
    const start = end && WORD_START.exec(lines[index + 1].text);
    if (!end || !start || !artefacts.joinsWithoutHyphen(end[1], start[1])) continue;
    lines[index] = { ...lines[index], text: lines[index].text.slice(0, -1) + start[1] + start[2] };
    lines[index + 1] = { ...lines[index + 1], text: lines[index + 1].text.slice(start[0].length) };
  }
  return lines.filter((line) => line.text);
}
