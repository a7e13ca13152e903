type Form = 'lower' | 'capital' | 'upper';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SMALL_WORDS = new Set(['a', 'an', 'and', 'at', 'by', 'de', 'des', 'du', 'for', 'in', 'la', 'le', 'of', 'on', 'or', 'the', 'to']);

const key = (word: string) => word.toLowerCase().replace(/’/g, "'");

function formOf(word: string): Form | null {
  if (!/\p{Lu}/u.test(word)) return 'lower';
  if (word.length > 1 && word === word.toUpperCase()) return 'upper';
  return /^\p{Lu}/u.test(word) ? 'capital' : null;
}

function shaped(word: string, form: Form): string {
  if (form === 'upper') return word.toUpperCase();
  const lower = word.toLowerCase();
  return form === 'capital' ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/**
 * How the document itself writes each word where a sentence does not begin: "North" in "North Korea",
 * "forcibly" in lower case. Used to turn headings printed in capitals back into ordinary writing.
 */
export class WordForms {
  private readonly counts = new Map<string, Record<Form, number>>();

  constructor(prose: string) {
    for (const match of prose.matchAll(WORD)) {
      const before = prose.slice(Math.max(0, match.index - 3), match.index);
      const form = formOf(match[0]);
      if (!form || match.index === 0 || /[.!?:]["”’]?\s+$/.test(before)) continue;
      const entry = this.counts.get(key(match[0])) ?? { lower: 0, capital: 0, upper: 0 };
      entry[form] += 1;
      this.counts.set(key(match[0]), entry);
    }
  }

  /** The form the document uses most for this word, or null when it never writes it mid-sentence. */
  usual(word: string): Form | null {
    const entry = this.counts.get(key(word));
    if (!entry) return null;
    const best = (['lower', 'capital', 'upper'] as Form[]).sort((a, b) => entry[b] - entry[a])[0];
    return entry[best] > 0 ? best : null;
  }

  /** "FEARS FOR FORCIBLY RETURNED NORTH KOREANS" → "Fears for forcibly returned North Koreans". */
  sentenceCase(capitals: string): { text: string; unknownWords: string[] } {
    return this.recase(capitals, () => 'lower');
  }

  /** "KIM JONG-UN, SUPREME COMMANDER OF THE ..." → "Kim Jong-un, Supreme Commander of the ...". */
  titleCase(capitals: string): { text: string; unknownWords: string[] } {
    return this.recase(capitals, (word) => (SMALL_WORDS.has(key(word)) ? 'lower' : 'capital'));
  }

  private recase(capitals: string, fallback: (word: string) => Form) {
    const unknownWords: string[] = [];
    let first = true;
    const text = capitals.replace(WORD, (word) => {
      const known = this.usual(word);
      if (!known && !first && !SMALL_WORDS.has(key(word))) unknownWords.push(word);
      const form = first && known !== 'upper' ? 'capital' : (known ?? fallback(word));
      first = false;
      return shaped(word, form);
    });
    return { text, unknownWords };
  }
}
