import PDFDocument from 'pdfkit';

/** A PDF of the text, one text line per printed line (small type, so no line wraps), a new page at each form feed. */
export function pdfOf(text: string): Promise<Buffer> {
  const pdf = new PDFDocument({ size: 'A4', margin: 36 });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve) => pdf.on('end', () => resolve(Buffer.concat(chunks))));
  pdf.fontSize(7);
  text.split('\f').forEach((page, index) => {
    if (index > 0) pdf.addPage();
    for (const line of page.split('\n')) pdf.text(line || ' ');
  });
  pdf.end();
  return finished;
}
