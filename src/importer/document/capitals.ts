/** Mostly capital letters: a heading such as a title or "PLEASE SEND APPEALS BEFORE ...". */
export function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  return letters.replace(/[^\p{Lu}]/gu, '').length / letters.length >= 0.8;
}
