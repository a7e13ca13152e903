import Handlebars from 'handlebars';
import type { ComposedLetter } from './composed-letter';

const escape = Handlebars.Utils.escapeExpression;

/** Blocks that read nothing of the supporter are shared between letters (see PartMemo), and so is their HTML. */
const blockHtml = new WeakMap<string[], string>();

function lines(block: string[]): string {
  let html = blockHtml.get(block);
  if (html === undefined) {
    html = block.map(escape).join('<br>');
    blockHtml.set(block, html);
  }
  return html;
}

const paragraphs = (blocks: string[][], className?: string) =>
  blocks.map((block) => `  <p${className ? ` class="${className}"` : ''}>${lines(block)}</p>\n`).join('');

/** The letter as an HTML fragment; every value is escaped once, here (Handlebars' escaping, as in every template). */
export function letterHtml(letter: ComposedLetter): string {
  return `<article class="appeal-letter" lang="${escape(letter.language)}">\n`
    + `  <address class="sender">${lines(letter.sender)}</address>\n`
    + `  <p class="date">${escape(letter.date)}</p>\n`
    + `  <address class="recipient">${lines(letter.recipient)}</address>\n`
    + `  <p class="subject"><strong>${escape(letter.subject)}</strong></p>\n`
    + `  <p class="salutation">${escape(letter.salutation)}</p>\n`
    + paragraphs(letter.body)
    + paragraphs(letter.personalNote, 'personal-note')
    + paragraphs(letter.asks, 'asks')
    + paragraphs(letter.closing, 'closing')
    + `  <p class="signature">${lines(letter.signature)}</p>\n`
    + '</article>\n';
}
