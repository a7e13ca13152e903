import { getAlpha2Codes, getNames, registerLocale } from 'i18n-iso-countries';
import english from 'i18n-iso-countries/langs/en.json';

registerLocale(english);

// Formal and older names the documents use that the English country list lacks.
const MORE_NAMES: Record<string, string[]> = {
  KP: ["Democratic People's Republic of Korea", 'DPRK', 'DPR Korea'],
  VN: ['Viet Nam'],
  SY: ['Syria'],
  LA: ['Laos'],
  MD: ['Moldova', 'Republic of Moldova'],
  MM: ['Burma'],
  CZ: ['Czech Republic', 'Czechia'],
  TR: ['Türkiye', 'Turkey'],
  AE: ['UAE'],
  SZ: ['Swaziland', 'Eswatini'],
  TL: ['East Timor', 'Timor-Leste'],
  PS: ['Palestine', 'State of Palestine', 'Occupied Palestinian Territories'],
  GB: ['England', 'Scotland', 'Wales', 'Northern Ireland'],
  CG: ['Republic of the Congo'],
  BO: ['Plurinational State of Bolivia'],
  VE: ['Bolivarian Republic of Venezuela'],
  TW: ['Taiwan'],
};

// Adjectives ("the French authorities") that are not their country's name with an ending added.
const IRREGULAR_ADJECTIVES: Record<string, string> = {
  french: 'FR',
  dutch: 'NL',
  british: 'GB',
  swiss: 'CH',
  greek: 'GR',
  filipino: 'PH',
  saudi: 'SA',
  emirati: 'AE',
  uzbek: 'UZ',
  kazakh: 'KZ',
  tajik: 'TJ',
  turkmen: 'TM',
  kyrgyz: 'KG',
  afghan: 'AF',
  welsh: 'GB',
  scottish: 'GB',
  american: 'US',
  danish: 'DK',
  swedish: 'SE',
  finnish: 'FI',
  polish: 'PL',
  spanish: 'ES',
  irish: 'IE',
  lao: 'LA',
};

export function comparable(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /i, '')
    .replace(/[.\s]+$/, '')
    .toLowerCase();
}

let byName: Map<string, string> | null = null;

function namesToCodes(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const regions = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  for (const [code, names] of Object.entries(getNames('en', { select: 'all' }))) {
    for (const name of [...names, ...(MORE_NAMES[code] ?? []), regions.of(code) ?? '']) {
      if (name) byName.set(comparable(name), code);
    }
  }
  for (const code of Object.keys(getAlpha2Codes())) byName.delete(comparable(code));
  for (const code of ['US', 'UK']) byName.set(comparable(code), code === 'UK' ? 'GB' : code);
  return byName;
}

/** ISO 3166-1 alpha-2 of a country named in full ("Democratic People’s Republic of Korea" → "KP"), or null. */
export function countryCodeOf(name: string): string | null {
  return namesToCodes().get(comparable(name)) ?? null;
}

/** The country an address line names, whole ("Switzerland") or after its last comma ("1207 Geneva, Switzerland"). */
export function countryInLine(line: string): string | null {
  return countryCodeOf(line) ?? (line.includes(',') ? countryCodeOf(line.slice(line.lastIndexOf(',') + 1)) : null);
}

const stem = (name: string) => name.replace(/(istan|stan|land|ia|ea|a|ey|y|e|o)$/, '');

/** The country of an adjective such as "North Korean", "Chinese" or "Thai"; null when it is not one. */
export function countryOfAdjective(adjective: string): string | null {
  const wanted = comparable(adjective);
  if (IRREGULAR_ADJECTIVES[wanted]) return IRREGULAR_ADJECTIVES[wanted];
  let best: { code: string; length: number } | null = null;
  for (const [name, code] of namesToCodes()) {
    const root = stem(name);
    const fits =
      wanted === name ||
      (wanted.startsWith(name) && wanted.length - name.length <= 3) ||
      (root.length >= 3 && wanted.startsWith(root) && wanted.length - root.length <= 5);
    if (fits && (!best || name.length > best.length)) best = { code, length: name.length };
  }
  return best?.code ?? null;
}
