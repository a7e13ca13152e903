/** The supporter's own paragraph: short enough to stay a paragraph, so the official text stays the letter. */
export const PERSONAL_NOTE_MAX_LENGTH = 600;
export const PERSONAL_NOTE_MAX_LINES = 6;

export type PersonalNoteProblem = 'tooLong' | 'tooManyLines' | 'controlCharacters';

/** Tab, CR and other controls (C0, DEL, C1); LF is the only line break a normalised note keeps. */
const CONTROL_CHARACTER = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;

/** CR LF and a lone CR become LF, the blank space around the note goes; an empty note is no note. */
export function normalisePersonalNote(value: string): string | undefined {
  return value.replace(/\r\n?/g, '\n').trim() || undefined;
}

/** Why a normalised note cannot go into a letter, or null when it can. Length is counted in code points. */
export function personalNoteProblem(note: string): PersonalNoteProblem | null {
  if (CONTROL_CHARACTER.test(note)) return 'controlCharacters';
  if ([...note].length > PERSONAL_NOTE_MAX_LENGTH) return 'tooLong';
  if (note.split('\n').length > PERSONAL_NOTE_MAX_LINES) return 'tooManyLines';
  return null;
}

/** The note as the letter's blocks: none, or one paragraph whose lines are the supporter's, verbatim. */
export function personalNoteBlocks(note: string | null | undefined): string[][] {
  return note ? [note.split('\n')] : [];
}
