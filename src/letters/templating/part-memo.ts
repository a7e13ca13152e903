const MAX_CONTENTS = 2_000; // (action, target, language) combinations: a few hundred while actions are open

/** Names whose value differs from one supporter's letter to the next (or from moment to moment). */
export const PER_LETTER = /\b(supporter|today)\b/;

/**
 * Rendered parts that read nothing of the supporter (the recipient block, the asks, most paragraphs) are the
 * same for every letter to one target in one language, so they are rendered once per letter content.
 * The checker only lets a template reach a value by naming it, so a part without these names cannot read them.
 * Values are shared between letters: callers must not change them.
 */
export class PartMemo<T> {
  /** By letter content, then by template text: two short lookups instead of hashing one long joined key per part. */
  private readonly rendered = new Map<string, Map<string, T>>();

  render(source: string, contentKey: string, render: () => T): T {
    if (PER_LETTER.test(source)) return render();
    let parts = this.rendered.get(contentKey);
    if (!parts) {
      if (this.rendered.size >= MAX_CONTENTS) this.rendered.clear();
      parts = new Map();
      this.rendered.set(contentKey, parts);
    }
    let value = parts.get(source);
    if (value === undefined) {
      value = render();
      parts.set(source, value);
    }
    return value;
  }
}
