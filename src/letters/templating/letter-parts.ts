/** The parts a letter is made of, each a Handlebars file in templates/letters/<lang>/. */
export const LETTER_PARTS = [
  'subject',
  'sender',
  'date',
  'recipient',
  'salutation',
  'body',
  'asks',
  'closing',
  'signature',
  'shortened',
] as const;

export type LetterPart = (typeof LETTER_PARTS)[number];

/** Marks the next wording of the same paragraph in a body file. */
export const ALTERNATIVE_MARKER = /\n?\{\{!--\s*or\s*--\}\}\n?/;

/** A body file's paragraphs (split on blank lines), each with its alternative wordings. */
export function splitParagraphs(source: string): string[][] {
  return source
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) =>
      paragraph
        .split(ALTERNATIVE_MARKER)
        .map((wording) => wording.trim())
        .filter(Boolean),
    )
    .filter((wordings) => wordings.length > 0);
}
