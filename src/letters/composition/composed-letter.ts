/** One letter, rendered to text and cut into the blocks every output (HTML, plain text, PDF, mailto) lays out. */
export interface ComposedLetter {
  language: string;
  subject: string;
  sender: string[];
  date: string;
  recipient: string[];
  salutation: string;
  /** Paragraphs as lists of lines. */
  body: string[][];
  /** The supporter's own paragraph (none or one), after the body and before the asks; the official text stays as staff wrote it. */
  personalNote: string[][];
  asks: string[][];
  closing: string[][];
  signature: string[];
  /** The note a shortened copy carries, in the letter's language. */
  shortenedNote: string;
}

/** The blocks between salutation and signature, in the order text, PDF and mailto print them (the HTML keeps it too, naming each part). */
export function letterBlocks(letter: ComposedLetter): string[][] {
  return [...letter.body, ...letter.personalNote, ...letter.asks, ...letter.closing];
}

/** Everything after the address: what an email or a mailto body carries. */
export function letterMessage(letter: ComposedLetter): string[][] {
  return [[letter.salutation], ...letterBlocks(letter), letter.signature].filter((lines) => lines.length > 0);
}

/** The whole letter as plain text, blocks separated by a blank line. */
export function letterText(letter: ComposedLetter): string {
  const head = [letter.sender, [letter.date], letter.recipient, [letter.subject]].filter((lines) => lines.length > 0 && lines.join(''));
  return [...head, ...letterMessage(letter)].map((lines) => lines.join('\n')).join('\n\n');
}
