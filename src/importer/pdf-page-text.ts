/** A run of text as PDF.js reports it: its string, where its baseline starts, its width and font height. */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  hasEOL: boolean;
}

/** A gap wider than this many font heights separates columns printed on one line ("UA 31/96      15 February 1996"). */
const WIDE_GAP = 2.5;
/** A step down wider than this many font heights leaves a blank line: a paragraph or block ends there. */
const PARAGRAPH_STEP = 1.6;

interface Line {
  y: number;
  size: number;
  text: string;
  endX: number;
}

/**
 * A page's text, line by line, from the positions of its runs: a blank line where the page leaves vertical space
 * (between paragraphs, between target blocks, where a new column starts), and several spaces where a line leaves a wide
 * gap. PDF.js's own text joins lose both. Letter-spaced headings ("U R G E N T") are closed up by the reader, which
 * knows the document's words.
 */
export function pageText(items: PositionedText[]): string {
  const lines: Line[] = [];
  let current: Line | null = null;
  let size = 0;
  for (const item of items) {
    if (item.height > 0) size = item.height;
    if (!item.str.trim()) {
      if (item.hasEOL && current) current.endX = Number.NEGATIVE_INFINITY;
      continue;
    }
    const text = item.str;
    const height = item.height || size || 10;
    const sameLine = current !== null && Math.abs(item.y - current.y) < 0.5 * height && item.x >= current.endX - 1;
    if (!sameLine || current === null) {
      current = { y: item.y, size: height, text, endX: item.x + item.width };
      lines.push(current);
      continue;
    }
    const gap = item.x - current.endX;
    const space = gap > WIDE_GAP * height ? '    ' : gap > 0.15 * height || /\s$/.test(current.text) ? ' ' : '';
    current.text = `${current.text.trimEnd()}${space}${text.trimStart()}`;
    current.endX = item.x + item.width;
  }
  return lines
    .map((line, index) => {
      const previous = lines[index - 1];
      const gapAbove = previous ? previous.y - line.y : 0;
      // Moving up the page means a new column or block begins.
      const blank =
        previous !== undefined && (gapAbove < -0.5 * line.size || gapAbove > PARAGRAPH_STEP * Math.max(line.size, previous.size));
      return `${blank ? '\n' : ''}${line.text.trimEnd()}`;
    })
    .join('\n');
}
