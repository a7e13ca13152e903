import { extname } from 'node:path';
import { Invalid, Refused } from '../platform/errors/domain-errors';
import { startsAsPdf, utf8Text } from './document-bytes';
import { pdfText, UnreadablePdf } from './pdf-text';

export interface UploadedDocument {
  originalname: string;
  mimetype: string;
  buffer: Buffer;
}

const isText = (file: UploadedDocument) => extname(file.originalname).toLowerCase() === '.txt' || file.mimetype === 'text/plain';

/** The document's text: given as JSON, or read from an uploaded .txt (UTF-8) or .pdf file. */
export async function documentText(text: string | undefined, file: UploadedDocument | undefined): Promise<string> {
  if (text !== undefined && file) throw Invalid.at('text', 'Give either text or a file, not both');
  if (file) {
    const read = await fileText(file);
    if (!read.trim()) throw Refused.at('file', 'The file holds no text (a scanned PDF needs text recognition first)');
    return read;
  }
  if (text === undefined) throw Invalid.at('text', 'text is required (or upload the document as file)');
  if (!text.trim()) throw Invalid.at('text', 'text must not be empty');
  return text;
}

async function fileText(file: UploadedDocument): Promise<string> {
  if (startsAsPdf(file.buffer)) {
    try {
      return await pdfText(new Uint8Array(file.buffer));
    } catch (error) {
      if (error instanceof UnreadablePdf) throw Refused.at('file', `The PDF could not be read: ${error.message}`);
      throw error;
    }
  }
  if (extname(file.originalname).toLowerCase() === '.pdf' || file.mimetype === 'application/pdf') {
    throw Refused.at('file', 'The file is named as a PDF but is not one');
  }
  if (!isText(file)) {
    throw Refused.at('file', `Unsupported file type "${extname(file.originalname) || file.mimetype}": upload a .txt or .pdf file`);
  }
  try {
    return utf8Text(file.buffer);
  } catch {
    throw Refused.at('file', 'The text file is not UTF-8');
  }
}
