/**
 * What text extraction from a PDF does to a document, undone with the document's own words: headings set with
 * letter spacing ("B A C K G R O U N D I N F O R M AT I O N"), words hyphenated at line ends, and page headers and
 * footers repeated on every page.
 */

// The headings of all three layouts, for closing up a letter-spaced heading when the document has no other use of a word.
const HEADING_WORDS = `URGENT ACTION TITLE PUBLICATION DATE TYPE AND NUMBER INDEX SUMMARY MODEL LETTER TARGET TARGET'S TARGETS CONTACT
  DETAILS COPIES TO PREFERRED LANGUAGE LANGUAGES ADDRESS APPEAL APPEALS DEADLINE NOTICE LINK PREVIOUS UA BACKGROUND
  INFORMATION ADDITIONAL RECOMMENDED PLEASE SEND BEFORE NAME GENDER PRONOUNS EXTERNAL INTERNAL FURTHER ON OF FOR THE`.split(/\s+/);

const WORD = /[\p{L}'’]+/gu;
const key = (word: string) => word.toUpperCase().replace(/’/g, "'");

/** Tokens of one or two characters: a heading extracted letter by letter (kerned pairs such as "AT" stay together). */
function isLetterSpaced(text: string): boolean {
  const tokens = text.split(' ');
  return (
    tokens.length >= 5 &&
    tokens.every((token) => token.length <= 2) &&
    tokens.filter((token) => token.length === 1).length >= 0.7 * tokens.length
  );
}

/** The fewest known words that spell `letters`, or null. */
function segment(letters: string, known: Set<string>): string[] | null {
  const best: (string[] | null)[] = [[]];
  for (let end = 1; end <= letters.length; end += 1) {
    best[end] = null;
    for (let start = Math.max(0, end - 30); start < end; start += 1) {
      const before = best[start];
      const word = letters.slice(start, end);
      const current = best[end];
      if (before && known.has(key(word)) && (!current || before.length + 1 < current.length)) best[end] = [...before, word];
    }
  }
  return best[letters.length];
}

export class ExtractionArtefacts {
  private readonly words = new Set<string>(HEADING_WORDS);
  private readonly hyphenated = new Set<string>();

  constructor(lines: string[]) {
    for (const line of lines) {
      if (isLetterSpaced(line)) continue;
      for (const match of line.matchAll(WORD)) this.words.add(key(match[0]));
      for (const match of line.matchAll(/\p{L}+-\p{L}+/gu)) this.hyphenated.add(key(match[0]));
    }
  }

  /** "U R G E N T A C T I O N" → "URGENT ACTION", spelt with the document's words; other lines as they are. */
  closeUp(text: string): string {
    if (!isLetterSpaced(text)) return text;
    const letters = text.replace(/ /g, '');
    // Words are spelt from their letters; punctuation such as "&" or a quotation mark stands as its own word.
    const parts = letters
      .split(/([^\p{L}'’]+)/u)
      .map((part) => (/^[\p{L}'’]+$/u.test(part) ? (segment(part, this.words)?.join(' ') ?? part) : part));
    return parts
      .join(' ')
      .replace(/\s+/g, ' ')
      .replace(/ ([:,.])/g, '$1')
      .trim();
  }

  /**
   * A line ending in a hyphenated word part ("consid-" / "ered"): whether the parts make one word. They do when the
   * document writes the word whole elsewhere, or when it never writes it with a hyphen and the first part is no name
   * ("Jong-" / "un") and no prefix that keeps its hyphen ("ill-" / "treatment").
   */
  joinsWithoutHyphen(first: string, second: string): boolean {
    if (this.hyphenated.has(key(`${first}-${second}`))) return false;
    if (this.words.has(key(first + second))) return true;
    return /^\p{Ll}/u.test(first) && !KEPT_PREFIX.test(first);
  }
}

const KEPT_PREFIX =
  /^(?:ill|well|self|non|anti|ex|co|so|cross|long|short|high|low|full|half|all|pre|post|vice|far|near|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)$/i;

/**
 * The texts of lines that recur at the top or foot of two or more pages (running headers and footers): each is
 * kept where it first appears and dropped from the other pages.
 */
export function repeatedPageLines(pages: string[][]): Set<string> {
  const seen = new Map<string, number>();
  for (const page of pages) {
    const edges = new Set([...page.slice(0, 2), ...page.slice(-2)].map((text) => text.replace(/\d+/g, '#')));
    for (const text of edges) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  return new Set([...seen].filter(([, count]) => count >= 2).map(([text]) => text));
}
