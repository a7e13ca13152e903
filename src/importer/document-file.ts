import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { startsAsPdf, utf8Text } from './document-bytes';
import { pdfText } from './pdf-text';

/** The text of a document file on disk: a PDF's extracted text, or a UTF-8 text file. */
export async function readDocumentFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (startsAsPdf(bytes)) return pdfText(new Uint8Array(bytes));
  if (extname(path).toLowerCase() === '.pdf') throw new Error(`${path} is named as a PDF but is not one`);
  try {
    return utf8Text(bytes);
  } catch {
    throw new Error(`${path} is neither a PDF nor UTF-8 text`);
  }
}
