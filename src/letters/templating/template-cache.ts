import { letterHandlebars, LetterTextTemplate } from './letter-handlebars';

const MAX_ENTRIES = 10_000;
const compiled = new Map<string, LetterTextTemplate>();

/** Each distinct template text is compiled once; a saved template changes its text, so it never goes stale. */
export function compiledTemplate(source: string): LetterTextTemplate {
  let template = compiled.get(source);
  if (!template) {
    if (compiled.size >= MAX_ENTRIES) compiled.clear();
    template = letterHandlebars.compileText(source);
    compiled.set(source, template);
  }
  return template;
}
