import type { LetterTemplate } from '../letter-template.entity';
import { DefaultParts, FALLBACK_LANGUAGE } from '../templating/default-letter-parts';
import { LetterPart } from '../templating/letter-parts';
import { chooseWording } from '../templating/paragraph-choice';
import { PartMemo } from '../templating/part-memo';
import { compiledTemplate } from '../templating/template-cache';
import type { ComposedLetter } from './composed-letter';
import type { LetterContext } from './letter-context';
import { personalNoteBlocks } from './personal-note';

type OverridablePart = 'subject' | 'salutation' | 'asks' | 'closing';
const OVERRIDE_FIELD: Record<OverridablePart, 'subjectLine' | 'salutation' | 'asks' | 'closing'> = {
  subject: 'subjectLine',
  salutation: 'salutation',
  asks: 'asks',
  closing: 'closing',
};

const PER_LETTER_PARTS = ['sender', 'date', 'signature'] as const;
const PART_SEPARATOR = '\u001e'; // record separator: no template holds it (Handlebars' lexer refuses NUL)
const lineMemo = new PartMemo<string[]>();
const paragraphMemo = new PartMemo<string[][]>();

export interface LetterSources {
  defaults: Map<string, DefaultParts>;
  /** The section's translation and the action's own letter, in the letter's language. */
  sectionTemplate: LetterTemplate | null;
  actionTemplate: LetterTemplate | null;
}

export interface LetterRecipe {
  context: LetterContext;
  supporterKey: string;
  targetId: string;
  /** The supporter's own paragraph, already normalised and checked. */
  personalNote?: string | null;
}

/** Renders every part, each found in order: section override, action's own text, language default, English. */
export function composeLetter(sources: LetterSources, recipe: LetterRecipe): ComposedLetter {
  const { language } = recipe.context.locale;
  const own = sources.defaults.get(language);
  const english = sources.defaults.get(FALLBACK_LANGUAGE) as DefaultParts;
  const templates = [sources.sectionTemplate, sources.actionTemplate];

  const source = (part: Exclude<LetterPart, 'body'>): string => {
    const field = (OVERRIDE_FIELD as Partial<Record<LetterPart, keyof LetterTemplate>>)[part];
    const override = field ? templates.map((template) => template?.[field] as string | null | undefined).find((text) => text) : undefined;
    return override ?? own?.parts[part] ?? (english.parts[part] as string);
  };
  const { contentKey, variables, locale } = recipe.context;
  const run = (text: string) => compiledTemplate(text)(variables, locale).replace(/\r\n/g, '\n');
  const lines = (part: Exclude<LetterPart, 'body'>): string[] => {
    const text = source(part);
    return lineMemo.render(text, contentKey, () => toLines(run(text)));
  };
  const paragraphs = (text: string): string[][] => paragraphMemo.render(text, contentKey, () => toParagraphs(run(text)));

  const bodySource =
    templates.map((template) => template?.paragraphs).find((list) => list && list.length > 0) ??
    own?.paragraphs ??
    (english.paragraphs as string[][]);
  const body = bodySource.flatMap((wordings, index) => paragraphs(chooseWording(wordings, recipe.supporterKey, recipe.targetId, index)));
  // The supporter's own parts change with every letter: one template call renders all three.
  const [sender, date, signature] = run(PER_LETTER_PARTS.map(source).join(PART_SEPARATOR)).split(PART_SEPARATOR).map(toLines);

  return {
    language,
    subject: lines('subject').join(' '),
    sender,
    date: date.join(' '),
    recipient: lines('recipient'),
    salutation: lines('salutation').join(' '),
    body,
    personalNote: personalNoteBlocks(recipe.personalNote),
    asks: paragraphs(source('asks')),
    closing: paragraphs(source('closing')),
    signature,
    shortenedNote: lines('shortened').join(' '),
  };
}

function toLines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

function toParagraphs(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map(toLines)
    .filter((lines) => lines.length > 0);
}
