declare module 'fontkit' {
  /** A parsed font; pdfkit accepts it in place of the file, so each font is parsed once per process. */
  export interface Font {
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
