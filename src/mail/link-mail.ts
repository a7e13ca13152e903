import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { bookLanguage, loadPhrasebooks } from '../common/phrasebooks';
import { templatesDirectory } from '../common/templates-directory';
import { headerSafe } from './header-safe';

/** The messages whose point is one link: confirm a subscription, sign in, confirm the letters written in your name. */
export type LinkMailKind = 'subscriptionConfirmation' | 'signInLink' | 'writerConfirmation';

interface LinkMailPhrases {
  subject: string;
  greeting: string;
  before: string[];
  after: string[];
  whatAction?: string;
  whatNetwork?: string;
}

export interface RenderedLinkMail {
  language: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

const MAIL_DIR = templatesDirectory('mail');
const BOOKS = loadPhrasebooks(join(MAIL_DIR, 'phrases'));
const handlebars = Handlebars.create();
const text = handlebars.compile(readFileSync(join(MAIL_DIR, 'link.text.hbs'), 'utf8'), { noEscape: true, strict: true });
const html = handlebars.compile(readFileSync(join(MAIL_DIR, 'link.html.hbs'), 'utf8'), { strict: true });

/** Fills `{name}`-style places; a value never adds a line (it may come from a form). */
const fill = (phrase: string, values: Record<string, string | number>) =>
  phrase.replace(/\{(\w+)\}/g, (place, key: string) => (key in values ? headerSafe(String(values[key])) : place));

/** The phrases of one kind in the reader's language (templates/mail/phrases), English when we have none. */
export function linkMailPhrases(
  kind: LinkMailKind,
  readerLanguage: string | null | undefined,
): { language: string; phrases: LinkMailPhrases } {
  const language = bookLanguage(BOOKS, readerLanguage);
  return { language, phrases: (BOOKS.get(language) as Record<LinkMailKind, LinkMailPhrases>)[kind] };
}

/**
 * The link opens its page in the mail's language, whatever language the reader's browser asks for: a writer who
 * read the pages and the mail in Korean confirms on a Korean page. A language the pages do not speak falls back there.
 */
export function inLanguage(link: string, language: string): string {
  const url = new URL(link);
  url.searchParams.set('lang', language);
  return url.toString();
}

/** Renders a link mail as text and HTML from templates/mail/link.*.hbs, in the reader's language. */
export function renderLinkMail(
  kind: LinkMailKind,
  readerLanguage: string | null | undefined,
  link: string,
  values: Record<string, string | number>,
): RenderedLinkMail {
  const { language, phrases } = linkMailPhrases(kind, readerLanguage);
  const context = {
    language,
    link: inLanguage(link, language),
    subject: fill(phrases.subject, values),
    greeting: fill(phrases.greeting, values),
    before: phrases.before.map((line) => fill(line, values)),
    after: phrases.after.map((line) => fill(line, values)),
  };
  return { language, subject: context.subject, textBody: text(context), htmlBody: html(context) };
}
