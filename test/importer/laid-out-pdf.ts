import { dirname, join } from 'node:path';
import PDFDocument from 'pdfkit';

/**
 * Lays a document's text out on A4 as the network's PDFs were laid out, so that reading it back meets what text
 * extraction meets in real ones: prose re-wrapped to the page and hyphenated at line ends, headings set in capitals
 * with letter spacing, target blocks side by side in two columns, a second page with the page-one header repeated
 * and a footer. The words are the document's own; only their placing changes.
 */
const FONT = join(dirname(require.resolve('@expo-google-fonts/noto-sans/package.json')), '400Regular/NotoSans_400Regular.ttf');
const SIZE = 9;
const LINE = SIZE * 1.3;
const MARGIN = 50;
const PAGE_WIDTH = 595.28 - 2 * MARGIN;
const COLUMN_GAP = 24;
const COLUMN_WIDTH = (PAGE_WIDTH - COLUMN_GAP) / 2;
const CONTACT = /^(?:fax(?:es)?|tel\.?|phones?|e-?mails?|salutation|telegrams?|telex(?:es)?)\s*:/i;
const BULLET = /^(?:[-•]|\uF0B7)\s+/;
const PAGE_TWO = /^(?:ADDITIONAL INFORMATION|BACKGROUND INFORMATION|APPEALS TO\b|TARGET['’]?S['’]? CONTACT DETAILS)/i;

type Block = { kind: 'prose' | 'lines' | 'target'; lines: string[] };

function blocksOf(text: string): Block[] {
  // An indented line is a list item whose bullet the text lost; it is set with a bullet again.
  const paragraphs = text
    .split(/\n[ \t]*\n/)
    .map((chunk) =>
      chunk
        .split('\n')
        .filter((line) => line.trim())
        .map((line) => (/^\s+\p{L}/u.test(line) ? `• ${line.trim()}` : line.trim())),
    )
    .filter((lines) => lines.length);
  return paragraphs.flatMap((lines): Block[] => {
    if (lines.some((line) => CONTACT.test(line)) && lines.every((line) => line.length <= 80)) return [{ kind: 'target', lines }];
    // Short lines, or lines typed with wide gaps ("UA 31/96      Fear of refoulement      15 February 1996"), stay as typed.
    if (!lines.some((line) => line.length >= 70) || lines.some((line) => /\S\s{3,}\S/.test(line))) return [{ kind: 'lines', lines }];
    // Prose: a heading line in capitals stays on its own; each bullet is a paragraph of its own.
    const found: Block[] = [];
    for (const line of lines) {
      const last = found[found.length - 1];
      // A heading in capitals, or a labelled line such as "Name: …", stays on its own.
      if (line.length < 70 && (/^[^a-z]*$/.test(line) || /^[A-Z][\w /]{1,30}:\s/.test(line))) found.push({ kind: 'lines', lines: [line] });
      else if (BULLET.test(line) || !last || last.kind !== 'prose' || /:$/.test(last.lines[last.lines.length - 1]))
        found.push({ kind: 'prose', lines: [line.replace(/^\uF0B7/, '•')] });
      else last.lines.push(line);
    }
    return found;
  });
}

/** Wraps prose to a width, splitting a long word that does not fit with a hyphen, as typesetting does. */
function wrap(pdf: PDFKit.PDFDocument, prose: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  const fits = (candidate: string) => pdf.widthOfString(candidate) <= width;
  for (const word of prose.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    let split = 0;
    if (/^\p{Ll}{9,}[.,;:]?$/u.test(word)) {
      for (let cut = word.replace(/[.,;:]$/, '').length - 3; cut >= 4; cut -= 1) {
        if (fits(`${current} ${word.slice(0, cut)}-`)) {
          split = cut;
          break;
        }
      }
    }
    if (split) {
      lines.push(`${current} ${word.slice(0, split)}-`);
      current = word.slice(split);
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export function laidOutPdf(text: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: MARGIN, autoFirstPage: true });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.font(FONT).fontSize(SIZE);

  const plain = text.replace(/\r/g, '').replace(/[ \t]+$/gm, '');
  const pages = plain.includes('\f') ? plain.split('\f') : splitInTwo(plain);
  const header = plain
    .split('\n')
    .find((line) => line.trim())!
    .trim();
  const footerIndex = /\b[A-Z]{3} \d{2}\/\d{2,4}\/\d{2,4}\b/.exec(plain)?.[0];
  let y = MARGIN;

  const line = (content: string, x: number, width: number, spaced = false) => {
    // A line that keeps a wide gap ("UA 31/96   Fear …   15 February 1996") is set as runs at their own places.
    const runs = content.split(/\s{3,}/);
    if (runs.length > 1 && !spaced) {
      runs.forEach((run, index) =>
        pdf.text(run, x + (index === runs.length - 1 && index > 0 ? width - pdf.widthOfString(run) : (index * width) / runs.length), y, {
          lineBreak: false,
        }),
      );
    } else {
      pdf.text(content, x, y, { lineBreak: false, characterSpacing: spaced ? 1.5 : 0 });
    }
    y += LINE;
  };
  // Headings and labels are set letter-spaced; values (numbers, indexes) are not.
  const isHeading = (content: string) => content.length <= 40 && /^[^a-z\d]+$/.test(content) && /[A-Z]{4}/.test(content);

  pages.forEach((page, pageIndex) => {
    if (pageIndex > 0) {
      pdf.addPage();
      y = MARGIN;
      line(header, MARGIN, PAGE_WIDTH, isHeading(header));
      y += LINE / 2;
    }
    const blocks = blocksOf(page);
    for (let index = 0; index < blocks.length; index += 1) {
      const block = blocks[index];
      if (block.kind === 'target') {
        // Two target blocks side by side; the left column is written first, as a layout program writes it.
        const pair = blocks[index + 1]?.kind === 'target' ? [block, blocks[index + 1]] : [block];
        const top = y;
        let bottom = y;
        pair.forEach((each, column) => {
          y = top;
          for (const content of each.lines) line(content, MARGIN + column * (COLUMN_WIDTH + COLUMN_GAP), COLUMN_WIDTH);
          bottom = Math.max(bottom, y);
        });
        y = bottom + LINE;
        index += pair.length - 1;
      } else if (block.kind === 'lines') {
        for (const content of block.lines) line(content, MARGIN, PAGE_WIDTH, isHeading(content));
        y += LINE;
      } else {
        const joined = block.lines.join(' ').replace(/\s+/g, ' ');
        const bullet = BULLET.exec(joined)?.[0];
        const indent = bullet ? 12 : 0;
        const wrapped = wrap(pdf, bullet ? joined.slice(bullet.length) : joined, PAGE_WIDTH - indent);
        wrapped.forEach((content, at) =>
          line(at === 0 && bullet ? `${bullet.trim()} ${content}` : content, MARGIN + (at === 0 ? 0 : indent), PAGE_WIDTH),
        );
        y += LINE;
      }
      if (y > 841.89 - MARGIN - 3 * LINE) {
        pdf.addPage();
        y = MARGIN;
      }
    }
    if (pageIndex === pages.length - 1) {
      const footer = `${footerIndex ? `${footerIndex} · ` : ''}Page ${pageIndex + 1} of ${pages.length}`;
      pdf.text(footer, MARGIN, 841.89 - MARGIN, { lineBreak: false });
    }
  });
  pdf.end();
  return finished;
}

/** Page two begins where the documents began it: the background, or the targets of a short telex. */
function splitInTwo(text: string): string[] {
  const lines = text.split('\n');
  const repeatedHeader = lines.findIndex((line, index) => index > 0 && line.trim() === lines[0].trim());
  const at = repeatedHeader > 0 ? repeatedHeader : lines.findIndex((line, index) => index > 5 && PAGE_TWO.test(line.trim()));
  if (at <= 0) return [text];
  // A repeated header is the new page's own; it is set again at the top of page two.
  return [lines.slice(0, at).join('\n'), lines.slice(repeatedHeader > 0 ? at + 1 : at).join('\n')];
}
