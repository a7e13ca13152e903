import type { Font } from 'fontkit';

const DOCUMENTS_PER_GENERATION = 2_000;

interface EmbeddedFontInternals {
  layoutCache?: Record<string, unknown>;
}

const caches = new WeakMap<Font, { words: Record<string, unknown>; documents: number }>();

/**
 * pdfkit shapes every word with fontkit (OpenType lookups: most of a letter's PDF time) and caches the result
 * per document only. Letters repeat the same words, so the documents of one font share one word cache; the
 * shaped runs depend only on the font. The cache starts afresh every few thousand documents to stay small.
 * Relies on pdfkit's EmbeddedFont.layoutCache; without it pdfkit simply keeps shaping per document.
 */
export function shareWordShaping(doc: PDFKit.PDFDocument, fontName: string, font: Font): void {
  doc.font(fontName);
  const embedded = (doc as unknown as { _font?: EmbeddedFontInternals })._font;
  if (!embedded?.layoutCache) return;
  let cache = caches.get(font);
  if (!cache || cache.documents >= DOCUMENTS_PER_GENERATION) {
    cache = { words: Object.create(null) as Record<string, unknown>, documents: 0 };
    caches.set(font, cache);
  }
  cache.documents += 1;
  embedded.layoutCache = cache.words;
}
