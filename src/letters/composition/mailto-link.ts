import { ComposedLetter, letterBlocks, letterMessage } from './composed-letter';

/** Mail programs and browsers cut longer mailto links, some silently. */
export const MAILTO_MAX_LENGTH = 2000;

export interface MailtoLink {
  url: string;
  /** True when the body had to lose paragraphs to fit; the body then says so too. */
  shortened: boolean;
}

const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
const encodeAddress = (address: string) => encodeURIComponent(address).replace(/%40/g, '@');

/**
 * A mailto link with subject and body filled in. When the letter does not fit, the asks stay first, then the
 * supporter's own paragraph (their words, which they just read in the preview), then as many body paragraphs as fit,
 * and a note in the letter's language says the letter was shortened. An ask or the own paragraph too long to fit is cut.
 */
export function mailtoLink(letter: ComposedLetter, to: string, cc: string[] = []): MailtoLink {
  const head = `mailto:${encodeAddress(to)}?${cc.length ? `cc=${cc.map(encodeAddress).join(',')}&` : ''}subject=${encode(letter.subject)}&body=`;
  const full = head + encode(blocksText(letterMessage(letter)));
  if (full.length <= MAILTO_MAX_LENGTH) return { url: full, shortened: false };

  const opening = [[letter.salutation]];
  const ending = [[letter.shortenedNote], letter.signature].filter((lines) => lines.length > 0);
  const optional = [
    ...letter.asks.map((lines) => ({ lines, cuttable: true })),
    ...letter.personalNote.map((lines) => ({ lines, cuttable: true })),
    ...letter.body.map((lines) => ({ lines, cuttable: false })),
    ...letter.closing.map((lines) => ({ lines, cuttable: false })),
  ];
  /** Each kept block, by the letter's own block, as the link carries it (an ask may be cut). */
  const kept = new Map<string[], string[]>();
  const urlWith = (blocks: Map<string[], string[]>) => {
    const middle = letterBlocks(letter).flatMap((lines) => (blocks.has(lines) ? [blocks.get(lines) as string[]] : []));
    return head + encode(blocksText([...opening, ...middle, ...ending]));
  };
  const fits = (block: string[], lines: string[]) => urlWith(new Map(kept).set(block, lines)).length <= MAILTO_MAX_LENGTH;
  for (const { lines, cuttable } of optional) {
    if (fits(lines, lines)) kept.set(lines, lines);
    else if (cuttable) {
      const cut = cutToFit(lines, (candidate) => fits(lines, candidate));
      if (cut.length > 0) kept.set(lines, cut);
    }
  }
  const url = urlWith(kept);
  return { url: url.length <= MAILTO_MAX_LENGTH ? url : url.slice(0, lastWholeEscape(url, MAILTO_MAX_LENGTH)), shortened: true };
}

function blocksText(blocks: string[][]): string {
  return blocks.map((lines) => lines.join('\n')).join('\n\n');
}

/** A block too long to fit is cut at a word, ending with an ellipsis. */
function cutToFit(lines: string[], fits: (lines: string[]) => boolean): string[] {
  const words = lines.join('\n').split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    const candidate = `${words.slice(0, count).join(' ')} …`.split('\n');
    if (fits(candidate)) return candidate;
  }
  return [];
}

/** Never cut a URL inside a %XX escape. */
function lastWholeEscape(url: string, limit: number): number {
  const cut = url.lastIndexOf('%', limit);
  return cut > limit - 3 ? cut : limit;
}
