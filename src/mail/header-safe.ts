/** Collapses CR/LF and other control characters, so a value can never start a new mail header. */
export function headerSafe(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}
