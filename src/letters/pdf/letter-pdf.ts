import PDFDocument from 'pdfkit';
import { ComposedLetter, letterBlocks } from '../composition/composed-letter';
import { fontsFor } from './letter-fonts';
import { shareWordShaping } from './shared-layout-cache';

const MM = 72 / 25.4;
/** DIN 5008 form B on A4: the address shows through the window of a DL or C5/6 envelope folded in three. */
const PAGE = { left: 25 * MM, right: 20 * MM, top: 27 * MM, bottom: 25 * MM };
const SENDER = { x: 125 * MM, y: 15 * MM, width: 65 * MM };
const WINDOW = { x: 25 * MM, y: 46 * MM, width: 80 * MM, height: 43 * MM };
const RETURN_LINE_HEIGHT = 4 * MM;
/** The address block shrinks until it fits the window: a long title must not push the city out of sight. */
const ADDRESS_SIZES = [9.5, 9, 8.5, 8, 7.5];
const FOLD_MARKS = [105 * MM, 210 * MM];
const DATE_Y = 98 * MM;
const TEXT_SIZE = 10.5;

/** The letter as an A4 PDF for post and fax: sender, window address block, date, text, and "page n of m". */
export function letterPdf(letter: ComposedLetter, author: string | null): Promise<Buffer> {
  const fonts = fontsFor([
    letter.subject,
    ...letter.sender,
    ...letter.recipient,
    letter.salutation,
    ...letterBlocks(letter).flat(),
    ...letter.signature,
  ]);
  const doc = new PDFDocument({
    size: 'A4',
    margins: PAGE,
    bufferPages: true,
    lang: letter.language,
    font: fonts.regular as never, // not Helvetica: its metrics would be parsed for nothing
    info: { Title: letter.subject, ...(author ? { Author: author } : {}) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', fonts.regular as never);
  doc.registerFont('bold', fonts.bold as never);
  shareWordShaping(doc, 'bold', fonts.bold);
  shareWordShaping(doc, 'regular', fonts.regular);
  const width = doc.page.width - PAGE.left - PAGE.right;

  doc.font('regular').fontSize(9).text(letter.sender.join('\n'), SENDER.x, SENDER.y, { width: SENDER.width, align: 'right' });
  if (letter.sender.length > 0) {
    doc
      .fontSize(6.5)
      .text(letter.sender.join(' · '), WINDOW.x, WINDOW.y + 1 * MM, { width: WINDOW.width, lineBreak: false, ellipsis: true, height: 8 });
  }
  writeAddress(doc, letter.recipient);
  for (const y of FOLD_MARKS)
    doc
      .moveTo(5 * MM, y)
      .lineTo(9 * MM, y)
      .lineWidth(0.3)
      .stroke('#999999');
  doc.fillColor('black').fontSize(TEXT_SIZE).text(letter.date, PAGE.left, DATE_Y, { width, align: 'right' });

  doc.moveDown(1.5).font('bold').text(letter.subject, PAGE.left, doc.y, { width });
  doc.moveDown().font('regular').text(letter.salutation, { width });
  for (const lines of letterBlocks(letter)) {
    doc.moveDown(0.8).text(lines.join('\n'), { width, align: 'left' });
  }
  doc.moveDown(2).text(letter.signature.join('\n'), { width });
  numberPages(doc);
  doc.end();
  return finished;
}

function writeAddress(doc: PDFKit.PDFDocument, lines: string[]): void {
  const text = lines.join('\n');
  const height = WINDOW.height - RETURN_LINE_HEIGHT;
  const size =
    ADDRESS_SIZES.find((candidate) => doc.fontSize(candidate).heightOfString(text, { width: WINDOW.width }) <= height) ??
    ADDRESS_SIZES[ADDRESS_SIZES.length - 1];
  doc.fontSize(size).text(text, WINDOW.x, WINDOW.y + RETURN_LINE_HEIGHT, { width: WINDOW.width });
}

function numberPages(doc: PDFKit.PDFDocument): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // the footer sits in the margin; without this pdfkit would start a new page
    doc
      .font('regular')
      .fontSize(8)
      .fillColor('#555555')
      .text(`${index + 1} / ${count}`, PAGE.left, doc.page.height - 14 * MM, {
        width: doc.page.width - PAGE.left - PAGE.right,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
