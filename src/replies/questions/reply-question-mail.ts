import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { bookLanguage, loadPhrasebooks } from '../../common/phrasebooks';
import { templatesDirectory } from '../../common/templates-directory';
import { headerSafe } from '../../mail/header-safe';
import type { RenderedLinkMail } from '../../mail/link-mail';

interface ReplyQuestionPhrases {
  subject: string;
  greeting: string;
  before: string[];
  letter: string;
  yes: string;
  no: string;
  notExpected: string;
  after: string[];
  stop: string;
}

/** One letter the mail asks about, with its three answer links. */
export interface AskedLetter {
  targetName: string;
  actionTitle: string;
  actionReference: string | null;
  sentAt: Date;
  links: { yes: string; no: string; notExpected: string };
}

const MAIL_DIR = templatesDirectory('mail');
const BOOKS = loadPhrasebooks(join(MAIL_DIR, 'phrases'));
const handlebars = Handlebars.create();
const text = handlebars.compile(readFileSync(join(MAIL_DIR, 'reply-question.text.hbs'), 'utf8'), { noEscape: true, strict: true });
const html = handlebars.compile(readFileSync(join(MAIL_DIR, 'reply-question.html.hbs'), 'utf8'), { strict: true });

/** Fills `{name}`-style places; a value never adds a line. */
const fill = (phrase: string, values: Record<string, string | number>) =>
  phrase.replace(/\{(\w+)\}/g, (place, key: string) => (key in values ? headerSafe(String(values[key])) : place));

/** The language the question is asked in: the writer's when we have its words, English otherwise. */
export function replyQuestionLanguage(readerLanguage: string | null | undefined): string {
  return bookLanguage(BOOKS, readerLanguage);
}

/** "Did you get a reply?" about each letter, in the writer's language (templates/mail/reply-question.*.hbs). */
export function renderReplyQuestionMail(
  readerLanguage: string | null | undefined,
  letters: AskedLetter[],
  values: { organisation: string; days: number; stopLink: string },
): RenderedLinkMail {
  const language = replyQuestionLanguage(readerLanguage);
  const phrases = (BOOKS.get(language) as { replyQuestion: ReplyQuestionPhrases }).replyQuestion;
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  const context = {
    language,
    subject: fill(phrases.subject, values),
    greeting: fill(phrases.greeting, values),
    before: phrases.before.map((line) => fill(line, values)),
    letters: letters.map((letter) => ({
      line: fill(phrases.letter, {
        target: letter.targetName,
        date: day.format(letter.sentAt),
        action: letter.actionReference ? `${letter.actionReference}: ${letter.actionTitle}` : letter.actionTitle,
      }),
      links: letter.links,
    })),
    answers: { yes: phrases.yes, no: phrases.no, notExpected: phrases.notExpected },
    after: phrases.after.map((line) => fill(line, values)),
    stop: phrases.stop,
    stopLink: values.stopLink,
  };
  return { language, subject: context.subject, textBody: text(context), htmlBody: html(context) };
}
