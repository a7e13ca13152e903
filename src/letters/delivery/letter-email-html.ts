import Handlebars from 'handlebars';
import type { ComposedLetter } from '../composition/composed-letter';
import { letterHtml } from '../composition/letter-html';

const escape = Handlebars.Utils.escapeExpression;

/** The letter as a whole HTML email, with a note above it when there is one (a staff test says what it is). */
export function emailHtml(letter: ComposedLetter, note?: string): string {
  return `<!doctype html><html lang="${escape(letter.language)}"><head><meta charset="utf-8"><title>${escape(letter.subject)}</title></head>`
    + `<body>${note ? `<p><strong>${escape(note)}</strong></p>` : ''}${letterHtml(letter)}</body></html>`;
}
