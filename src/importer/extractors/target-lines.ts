import { countryInLine } from '../vocabulary/country-names';

export type ContactLabel = 'fax' | 'phone' | 'email' | 'salutation';

const CONTACT_LABELS: [RegExp, ContactLabel | null][] = [
  [/^fax(?: number)?$/i, 'fax'],
  [/^(?:tel|tel\.|phone|telephone)$/i, 'phone'],
  [/^e-?mail$/i, 'email'],
  [/^salutation$/i, 'salutation'],
  // Printed in later documents, but the target directory has no place for them.
  [/^(?:twitter|facebook|instagram|website|web)$/i, null],
];
const CONTACT = /^(fax(?: number)?|tel\.?|phone|telephone|e-?mail|salutation|twitter|facebook|instagram|website|web)\s*:\s*(.*)$/i;
const INLINE_CONTACT = /\s+(?=(?:fax|tel\.?|phone|e-?mail|salutation)\s*:)/i;

/** "Fax: +1 212 972 3154 Email: x@y" → one entry per label; null when the line is not a contact line. */
export function contactEntries(text: string): { label: ContactLabel | null; value: string }[] | null {
  if (!CONTACT.test(text)) return null;
  return text.split(INLINE_CONTACT).map((part) => {
    const match = CONTACT.exec(part);
    const known = CONTACT_LABELS.find(([pattern]) => pattern.test(match?.[1].trim() ?? ''));
    return { label: known ? known[1] : null, value: (match?.[2] ?? part).trim() };
  });
}

const HONORIFIC = /^((?:(?:H\.\s?E\.|His Excellency|Her Excellency|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Judge|Justice|Sir|Dame|Rev|Hon|Sheikh|General|Colonel|Major General|Lieutenant General)\.?\s+)+)(\p{Lu}.*)$/u;

/** "Mr. So Se-pyong" → honorific "Mr.", name "So Se-pyong". */
export function splitHonorific(text: string): { honorific: string; name: string } | null {
  const match = HONORIFIC.exec(text);
  return match ? { honorific: match[1].trim(), name: match[2].trim() } : null;
}

const ROLE_WORDS = /^(?:minister|deputy|acting|ambassador|president|vice|prime|prosecutor|procurator|attorney|director|head|chief|governor|chair(?:man|person|woman)?|secretary|commissioner|mayor|speaker|king|queen|emir|supreme|permanent|chargé|charge|representative|ombudsman|ombudsperson|general|judge|justice|leader|commander|police)\b/i;
const ORGANISATION = /\b(?:ministry|office|embassy|mission|department|administration|court|procuracy|commission|council|parliament|assembly|secretariat|directorate|service|agency|government|presidency|prison|colony|police|headquarters)\b/i;
const STREET = /\b(?:street|st\.|avenue|ave\.?|road|rd\.?|boulevard|blvd|lane|square|place|plaza|chemin|rue|strasse|straße|ulitsa|ul\.|prospekt|pr\.|calle|avenida|via|box|building|floor|house)\b/i;
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
const DANGLING = /\b(?:of|the|and|to|in|for|on|at|de|du|des|la|le|democratic|people['’]s|republic|islamic|federal|socialist|united|arab|national|general['’]s)$/i;
export const continuesOnNextLine = (text: string) => DANGLING.test(text);
