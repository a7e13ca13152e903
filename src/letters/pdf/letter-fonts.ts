import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { create, Font } from 'fontkit';

const load = createRequire(__filename);

export interface LetterFontPair {
  regular: Font;
  bold: Font;
}

/** Hangul, CJK ideographs and kana, and their punctuation and full-width forms. */
const CJK = /[\u1100-\u11ff\u3000-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

const FAMILIES = {
  latin: { package: '@expo-google-fonts/noto-sans', file: (weight: string) => `${weight}/NotoSans_${weight}.ttf` },
  cjk: { package: '@expo-google-fonts/noto-sans-kr', file: (weight: string) => `${weight}/NotoSansKR_${weight}.ttf` },
} as const;
type Family = keyof typeof FAMILIES;

const parsed = new Map<Family, LetterFontPair>();

function fontFile(family: Family, weight: string): string {
  const { package: name, file } = FAMILIES[family];
  return join(dirname(load.resolve(`${name}/package.json`)), file(weight));
}

/** Noto Sans for Latin, Greek and Cyrillic letters; Noto Sans KR (which has Latin too) as soon as a letter holds CJK text. */
export function fontsFor(texts: string[]): LetterFontPair {
  const family: Family = texts.some((text) => CJK.test(text)) ? 'cjk' : 'latin';
  let pair = parsed.get(family);
  if (!pair) {
    pair = {
      regular: create(readFileSync(fontFile(family, '400Regular'))),
      bold: create(readFileSync(fontFile(family, '700Bold'))),
    };
    parsed.set(family, pair);
  }
  return pair;
}
