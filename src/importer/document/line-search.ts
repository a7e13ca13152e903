import type { DocumentLine } from './document-line';

/** The index of the first line from `from` on that matches, or null. */
export const find = (lines: DocumentLine[], pattern: RegExp, from = 0): number | null => {
  const index = lines.findIndex((line, position) => position >= from && pattern.test(line.text));
  return index < 0 ? null : index;
};

/** The earliest of the indexes found, or null when none was. */
export const firstOf = (...indexes: (number | null)[]): number | null => {
  const found = indexes.filter((index): index is number => index !== null);
  return found.length ? Math.min(...found) : null;
};
