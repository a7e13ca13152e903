import type { DocumentLine } from './document-line';

const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const ODD_SPACE = /[\t\f\v\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const BULLET = /^(?:[\uE000-\uF8FF•●▪■◦○‣∙·]|[-*–](?=\s))\s*/u;
// Link annotations and page furniture that PDF extraction prints as text of their own.
const NOISE = [/^mailto:\S+$/i, /^page \d+( of \d+)?$/i];

function cleaned(raw: string): { text: string; bulleted: boolean } {
  const text = raw.replace(INVISIBLE, '').replace(ODD_SPACE, ' ').trim();
  const bullet = BULLET.exec(text);
  const unbulleted = bullet ? text.slice(bullet[0].length) : text;
  return { text: unbulleted.replace(/ {2,}/g, ' ').trim(), bulleted: bullet !== null && unbulleted.length > 0 };
}

/** The document's non-blank lines, each with its source line number, spacing collapsed and bullets noted. */
export function readDocumentLines(source: string): DocumentLine[] {
  const lines: DocumentLine[] = [];
  let afterBlank = false;
  source.replace(/\r\n?/g, '\n').split('\n').forEach((raw, index) => {
    const { text, bulleted } = cleaned(raw);
    if (!text || NOISE.some((pattern) => pattern.test(text))) {
      afterBlank = true;
      return;
    }
    lines.push({ number: index + 1, text, afterBlank: afterBlank && lines.length > 0, bulleted });
    afterBlank = false;
  });
  return lines;
}
