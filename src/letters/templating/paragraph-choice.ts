/**
 * Which wording of a paragraph one supporter's letter to one target uses: the same every time for them,
 * different across supporters, so a target's filter does not see thousands of identical letters.
 */
export function chooseWording(wordings: string[], supporterKey: string, targetId: string, paragraph: number): string {
  if (wordings.length === 1) return wordings[0];
  return wordings[fnv1a(`${supporterKey}\u0000${targetId}\u0000${paragraph}`) % wordings.length];
}

/** The same supporter however they type their name: case and spacing do not change their letter. */
export function supporterKey(name: string | null | undefined, city: string | null | undefined, country: string | null | undefined): string {
  return [name, city, country].map((value) => (value ?? '').trim().toLowerCase().replace(/\s+/g, ' ')).join('|');
}

/** 32-bit FNV-1a: well spread, stable across versions and platforms, and much cheaper than a cryptographic hash. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
