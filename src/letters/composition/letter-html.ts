import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { templatesDirectory } from '../../common/templates-directory';
import type { ComposedLetter } from './composed-letter';

const LAYOUTS = join(templatesDirectory('letters'), 'layout');
const handlebars = Handlebars.create();
const escape = Handlebars.Utils.escapeExpression;

/** Blocks that read nothing of the supporter are shared between letters (see PartMemo), and so is their HTML. */
const blockHtml = new WeakMap<string[], Handlebars.SafeString>();

/** A block's lines, each escaped once (Handlebars' escaping, as in every template), joined by line breaks. */
handlebars.registerHelper('lines', (block: string[]) => {
  let html = blockHtml.get(block);
  if (html === undefined) {
    html = new Handlebars.SafeString(block.map(escape).join('<br>'));
    blockHtml.set(block, html);
  }
  return html;
});

const letterLayout = handlebars.compile<ComposedLetter>(readFileSync(join(LAYOUTS, 'letter.html.hbs'), 'utf8'), {
  strict: true,
  data: false,
  knownHelpers: { lines: true, each: true },
  knownHelpersOnly: true,
});
const emailLayout = handlebars.compile<{ language: string; subject: string; note?: string; letter: string }>(
  readFileSync(join(LAYOUTS, 'email.html.hbs'), 'utf8').replace(/\n$/, ''),
  { strict: false },
);

/** The letter as an HTML fragment (templates/letters/layout/letter.html.hbs). */
export function letterHtml(letter: ComposedLetter): string {
  return letterLayout(letter);
}

/** The letter as a whole HTML email, with a note above it when there is one (a staff test says what it is). */
export function emailHtml(letter: ComposedLetter, note?: string): string {
  return emailLayout({ language: letter.language, subject: letter.subject, note, letter: letterHtml(letter) });
}
