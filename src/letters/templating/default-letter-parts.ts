import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkTemplate } from './template-checker';
import { LETTER_PARTS, LetterPart, splitParagraphs } from './letter-parts';

/** The nearest templates/letters above this file: the same from src/, dist/ and a bench build. */
function findTemplatesDir(from: string): string {
  for (let directory = from; ; directory = dirname(directory)) {
    const candidate = join(directory, 'templates/letters');
    if (existsSync(join(candidate, 'en'))) return candidate;
    if (dirname(directory) === directory) throw new Error(`No templates/letters/en above ${from}`);
  }
}

export const TEMPLATES_DIR = findTemplatesDir(__dirname);
export const FALLBACK_LANGUAGE = 'en';

export interface DefaultParts {
  parts: Partial<Record<Exclude<LetterPart, 'body'>, string>>;
  paragraphs: string[][] | null;
}

/** The shipped default letters, read and checked once; a broken file stops the start naming the file. */
export function loadDefaultParts(directory = TEMPLATES_DIR): Map<string, DefaultParts> {
  const languages = new Map<string, DefaultParts>();
  for (const language of readdirSync(directory)) {
    const folder = join(directory, language);
    if (!/^[a-z]{2,3}$/.test(language)) continue;
    const defaults: DefaultParts = { parts: {}, paragraphs: null };
    for (const part of LETTER_PARTS) {
      const file = join(folder, `${part}.hbs`);
      if (!existsSync(file)) continue;
      const source = readFileSync(file, 'utf8').replace(/\n+$/, '');
      const problems = checkTemplate(source);
      if (problems.length > 0) {
        throw new Error(`${file}:${problems[0].line}:${problems[0].column}: ${problems[0].message}`);
      }
      if (part === 'body') defaults.paragraphs = splitParagraphs(source);
      else defaults.parts[part] = source;
    }
    languages.set(language, defaults);
  }
  const english = languages.get(FALLBACK_LANGUAGE);
  const missing = LETTER_PARTS.filter((part) => (part === 'body' ? !english?.paragraphs : !english?.parts[part]));
  if (missing.length > 0) throw new Error(`${directory}/${FALLBACK_LANGUAGE} lacks ${missing.join(', ')}`);
  return languages;
}
