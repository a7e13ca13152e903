// Names the documents use that differ from the English display name.
const MORE_NAMES: Record<string, string> = { farsi: 'fa', mandarin: 'zh', castilian: 'es', burmese: 'my', filipino: 'fil' };

let byName: Map<string, string> | null = null;

/** Every two-letter language the runtime's ICU data can name, keyed by its English name. */
function namesToTags(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(MORE_NAMES));
  const names = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (const first of letters) {
    for (const second of letters) {
      const name = names.of(first + second);
      if (name && !byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), first + second);
    }
  }
  return byName;
}

/** BCP 47 tag of a language named in English ("Korean" → "ko"), or null. */
export function languageTagOf(name: string): string | null {
  return namesToTags().get(name.trim().toLowerCase()) ?? null;
}
