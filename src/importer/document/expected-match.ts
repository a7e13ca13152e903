/** The match of a pattern the caller found with the same pattern a moment ago (by `test` or `find`). */
export function expectedMatch(pattern: RegExp, text: string): RegExpExecArray {
  const match = pattern.exec(text);
  if (!match) throw new Error(`The importer expected ${pattern} to match "${text}"`);
  return match;
}
