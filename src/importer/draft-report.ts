import type { DocumentLine } from './document/document-line';
import type { FieldReading, UnreadField } from './imported-draft';

type Source = DocumentLine | DocumentLine[] | null;

/** Collects, field by field, where each value came from and what could not be read. */
export class DraftReport {
  readonly fields: FieldReading[] = [];
  readonly unread: UnreadField[] = [];

  read(field: string, confidence: number, source: Source, text?: string, normalised?: string): void {
    const lines = source === null ? [] : Array.isArray(source) ? source : [source];
    const printed = text ?? lines.map((line) => line.text).join(' ');
    this.fields.push({
      field,
      confidence,
      line: lines[0]?.number ?? null,
      text: printed,
      ...(normalised === undefined ? {} : { normalised }),
    });
  }

  missing(field: string, reason: string): void {
    this.unread.push({ field, reason });
  }
}
