import { countryInLine } from '../vocabulary/country-names';

export type ContactLabel = 'fax' | 'phone' | 'email' | 'salutation';

const CONTACT_LABELS: [RegExp, ContactLabel | null][] = [
  [/^fax(?:es)?(?: numbers?)?$/i, 'fax'],
  [/^(?:tel|tel\.|phones?|telephones?)$/i, 'phone'],
  [/^e-?mails?$/i, 'email'],
  [/^salutation$/i, 'salutation'],
  // Printed in later documents (social media) and telex-era ones (telegram and telex addresses), but the target
  // directory has no place for them.
  [/^(?:twitter|facebook|instagram|website|web|telegrams?|telex(?:es)?)$/i, null],
];
const CONTACT =
  /^(fax(?:es)?(?: numbers?)?|tel\.?|phones?|telephones?|e-?mails?|salutation|twitter|facebook|instagram|website|web|telegrams?|telex(?:es)?)\s*:\s*(.*)$/i;
const INLINE_CONTACT = /\s+(?=(?:fax(?:es)?|tel\.?|phones?|e-?mails?|salutation|telegrams?|telex(?:es)?)\s*:)/i;

/** "Fax: +1 212 972 3154 Email: x@y" → one entry per label; null when the line is not a contact line. */
export function contactEntries(text: string): { label: ContactLabel | null; value: string }[] | null {
  if (!CONTACT.test(text)) return null;
  return text.split(INLINE_CONTACT).map((part) => {
    const match = CONTACT.exec(part);
    const known = CONTACT_LABELS.find(([pattern]) => pattern.test(match?.[1].trim() ?? ''));
    return { label: known ? known[1] : null, value: (match?.[2] ?? part).trim() };
  });
}

// Honorifics and ranks as the documents print them before a name, in English, Spanish, French, German and Russian
// transliteration; the longer forms first, so "General de División" is not read as "General".
const HONORIFICS = [
  'H\\.\\s?E\\.',
  'His Excellency',
  'Her Excellency',
  'Mrs',
  'Mr',
  'Ms',
  'Miss',
  'Mx',
  'Dr',
  'Dra',
  'Prof',
  'Judge',
  'Justice',
  'Sir',
  'Dame',
  'Rev',
  'Hon',
  'Sheikh',
  'Sra',
  'Srta',
  'Sr',
  'Señora',
  'Señor',
  'Don',
  'Doña',
  'Lic',
  'Licda',
  'Licdo',
  'Abg',
  'Ing',
  'Mme',
  'Madame',
  'Monsieur',
  'Maître',
  'Me',
  'Herr',
  'Frau',
  'Gospodin',
  'Gospozha',
  'General de División',
  'General de Brigada',
  'General de Ejército',
  'Teniente Coronel',
  'Coronel',
  'Comisario General',
  'Comisario',
  'Capitán',
  'Général de division',
  'Général',
  'Colonel-General',
  'Major General',
  'Lieutenant General',
  'Brigadier General',
  'Lieutenant Colonel',
  'General',
  'Colonel',
  'Major',
  'Captain',
  'Admiral',
];
const HONORIFIC_RUN = `(?:(?:${HONORIFICS.join('|')})\\.?\\s+)+`;
// A name: capitalised words, with the particles of Spanish, Dutch, German and Arabic names between them.
const NAME = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:de|del|de la|la|van|von|der|bin|ibn|al|el|y)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,5}";
const NAMED = new RegExp(`^(.*?)(?:^|\\s)(${HONORIFIC_RUN})(${NAME})\\s*$`, 'u');
// "Prosecutor General", "Procurator General", "Attorney General": "General" there ends a title, it is no rank.
const TITLE_GENERAL =
  /\b(?:procurator|prosecutor|attorney|solicitor|inspector|secretary|auditor|director|governor|consul|commissioner|fiscal|procurador|fiscal)\s*$/i;

/** "Mr. So Se-pyong" → honorific "Mr.", name "So Se-pyong"; "Minister of Security General de División Ana Invented" also gives the title. */
export function splitHonorific(text: string): { honorific: string; name: string; title?: string } | null {
  const match = NAMED.exec(text);
  if (!match) return null;
  const [, before, honorific, name] = match;
  if (/^General\b/.test(honorific) && TITLE_GENERAL.test(before)) return null;
  // A title before the name must read as one ("Minister of Security"), not as the end of a sentence.
  if (before.trim() && (/[.:;]$/.test(before.trim()) || !/^\p{Lu}/u.test(before.trim()))) return null;
  return { honorific: honorific.trim(), name: name.trim(), ...(before.trim() ? { title: before.trim().replace(/,$/, '') } : {}) };
}

// "Prosecutor General Ivan Invented": a title that names its office, then a name with no honorific.
const TITLED_NAME = new RegExp(
  `^((?:Procurator|Prosecutor|Attorney|Inspector|Solicitor)[- ]General|Fiscal General|Procurador General|Ambassador|President|Prime Minister|Governor|Mayor|Chargé d['’]affaires)\\s+(${NAME})$`,
  'u',
);

/** "Prosecutor General Ivan Invented" → title "Prosecutor General", name "Ivan Invented". */
export function splitTitledName(text: string): { title: string; name: string } | null {
  const match = TITLED_NAME.exec(text);
  return match && isPersonalName(match[2]) ? { title: match[1], name: match[2] } : null;
}

const ROLE_WORDS =
  /^(?:minister|deputy|acting|ambassador|president|vice|prime|prosecutor|procurator|attorney|director|head|chief|governor|chair(?:man|person|woman)?|secretary|commissioner|mayor|speaker|king|queen|emir|supreme|permanent|chargé|charge|representative|ombudsman|ombudsperson|general|judge|justice|leader|commander|police)\b/i;
// Transliterated Russian names of offices are organisations too: "Federalnaya migratsionnaya sluzhba".
const ORGANISATION =
  /\b(?:ministry|prokuratura|sluzhba|ministerstvo|upravlenie|administratsiya|komitet|secretar[ií]a|ministerio|fiscal[ií]a|procuradur[ií]a|office|embassy|mission|department|administration|court|procuracy|commission|council|parliament|assembly|secretariat|directorate|service|agency|government|presidency|prison|colony|police|headquarters)\b/i;
const STREET =
  /\b(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd|lane|square|place|plaza|chemin|rue|strasse|straße|ulitsa|ul\.|prospekt|pr\.|calle|avenida|via|box|building|floor|house)\b/i;
const FUNCTION_WORDS = /\b(?:of|the|and|to|in|for|on|at|de|du|des|la|le)\b/i;

// What a line names is said before its first "of": "Ambassador of the Permanent Mission" names a role.
const head = (text: string) => text.split(/\s+(?:of|to|for|in|at)\s+/i)[0];
export const isOrganisationLine = (text: string) => ORGANISATION.test(head(text));
export const isRoleLine = (text: string) => ROLE_WORDS.test(head(text)) && !isOrganisationLine(text);
export const isAddressLine = (text: string) => /\d/.test(text) || STREET.test(text) || countryInLine(text) !== null;

/** A personal name without an honorific: two to five capitalised words ("Ri Myong-su"), nothing else. */
export function isPersonalName(text: string): boolean {
  if (!/^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u.test(text)) return false;
  return !FUNCTION_WORDS.test(text) && !ROLE_WORDS.test(text) && !ORGANISATION.test(text) && !isAddressLine(text);
}

// A name printed over two lines breaks after a word that needs the next one.
const DANGLING =
  /\b(?:of|the|and|to|in|for|on|at|de|du|des|la|le|democratic|people['’]s|republic|islamic|federal|socialist|united|arab|national|general['’]s)$/i;
export const continuesOnNextLine = (text: string) => DANGLING.test(text);
