import Handlebars from 'handlebars';
import { BLOCK_HELPERS, HELPER_SIGNATURES } from './helper-signatures';
import { letterHelpers } from './letter-helpers';
import type { LetterLocale } from './letter-locale';
import type { LetterVariables } from './letter-variables';

export type LetterTextTemplate = (variables: LetterVariables, locale: LetterLocale) => string;

const KNOWN_HELPERS = Object.fromEntries([...Object.keys(HELPER_SIGNATURES), ...BLOCK_HELPERS].map((name) => [name, true]));
const RUNTIME = { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false } as const;

/**
 * The letters' own Handlebars: a private instance with the whitelisted helpers only, and no prototype access.
 * Letter parts compile to plain text (no escaping: nothing in them is HTML yet); letterHtml escapes
 * every value exactly once when it places the text.
 */
class LetterHandlebars {
  private readonly handlebars = Handlebars.create();

  constructor() {
    for (const name of Object.keys(this.handlebars.helpers)) {
      if (!(BLOCK_HELPERS as readonly string[]).includes(name) && !name.endsWith('Missing')) this.handlebars.unregisterHelper(name);
    }
    this.handlebars.registerHelper(letterHelpers);
  }

  compileText(source: string): LetterTextTemplate {
    const template = this.handlebars.compile<LetterVariables>(source, {
      noEscape: true,
      knownHelpersOnly: true,
      knownHelpers: KNOWN_HELPERS,
      preventIndent: true,
    });
    return (variables, locale) => template(variables, { ...RUNTIME, data: { letter: locale } });
  }
}

export const letterHandlebars = new LetterHandlebars();
