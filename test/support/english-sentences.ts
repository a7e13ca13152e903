/** Three or more Latin-script words in a row: an English sentence (or most of one). */
export const LATIN_RUN = /[A-Za-z’'-]+(\s+[A-Za-z’'-]+){2,}/;

/** A target as the document prints it: its lines in a letter's address block stay in the document's words. */
export interface PrintedTarget {
  name: string;
  title?: string | null;
  honorific?: string | null;
  organisation?: string | null;
  addressLines?: string[];
}

/** The lines of the target's address block: names and addresses, which a letter quotes as printed. */
export function addressBlockOf(target: PrintedTarget): Set<string> {
  const lines = [
    target.title,
    target.organisation,
    `${target.honorific ?? ''} ${target.name}`.trim(),
    target.name,
    ...(target.addressLines ?? []),
  ];
  return new Set(lines.filter((line): line is string => Boolean(line)));
}

/** The lines of a letter holding an English sentence, outside the target's address block. */
export function englishSentences(text: string, target: PrintedTarget): string[] {
  const addressBlock = addressBlockOf(target);
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !addressBlock.has(line) && LATIN_RUN.test(line));
}
