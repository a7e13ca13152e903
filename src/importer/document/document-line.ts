/** One non-blank line of the source text, cleaned of extraction noise. */
export interface DocumentLine {
  /** 1-based line number in the text as given. */
  number: number;
  text: string;
  /** Blank lines stood between this line and the one before it. */
  afterBlank: boolean;
  /** It began with a bullet glyph, which PDF extraction often turns into a private-use character. */
  bulleted: boolean;
}
