/** Who signs the letter, as the supporter typed it (country may be an ISO code or a name). */
export interface LetterSupporter {
  name: string | null;
  city: string | null;
  country: string | null;
}
