import { Gender, SubjectStatus } from '../../actions/action-vocabulary';
import { numberOf } from '../vocabulary/number-words';

const QUANTIFIED =
  /^(?:at least|about|around|approximately|more than|over|some|up to|several|dozens of|hundreds of|thousands of|members of|families of)\b/i;
// Only common nouns: a demonym's ending ("-ans", "-is") is also how surnames such as Evans or Dennis end.
const PLURAL_HEAD =
  /\b(?:people|persons|members|families|workers|refugees|asylum-seekers|migrants|students|activists|villagers|prisoners|detainees|protesters|journalists|men|women|children)$/i;

/** "At least nine North Koreans" names a group; "Lem Tarvo" names a person. */
export function isGroupName(name: string): boolean {
  const first = name.split(/\s+/)[0];
  return QUANTIFIED.test(name) || numberOf(first) !== null || PLURAL_HEAD.test(name);
}

/** The group's size when the name counts it: "At least nine North Koreans" → 9. */
export function groupSizeOf(name: string): number | null {
  for (const word of name.split(/\s+/)) {
    const value = numberOf(word);
    if (value !== null && value > 0) return value;
  }
  return null;
}

const GENDERS: [RegExp, Gender][] = [
  [
    /\bboth\b|\bmixed\b|\bmales?\b.*\bfemales?\b|\bfemales?\b.*\bmales?\b|\bmen\b.*\bwomen\b|\bwomen\b.*\bmen\b|^m\s*\/\s*f$/i,
    Gender.Mixed,
  ],
  // "f", "female", "seven males", "two women".
  [/^(?:[\p{L}\d-]+\s+)?(?:f|female|females|woman|women)$/iu, Gender.Female],
  [/^(?:[\p{L}\d-]+\s+)?(?:m|male|males|man|men)$/iu, Gender.Male],
  [/^(?:unknown|not known|n\/a|-)$/i, Gender.Unknown],
  [/^she\s*\/\s*her$/i, Gender.Female],
  [/^he\s*\/\s*him$/i, Gender.Male],
];

/** "Unknown", "f", "both", "seven males and two females" → the vocabulary's gender; null when none fits. */
export function genderOf(printed: string): Gender | null {
  const plain = printed.trim().replace(/[.;]$/, '');
  return GENDERS.find(([pattern]) => pattern.test(plain))?.[1] ?? null;
}

// Checked in order: a title saying "released" outranks the detention it ends.
const STATUSES: [RegExp, SubjectStatus][] = [
  [/\breleased\b|\bfreed\b|\bacquitted\b|\ballowed to leave\b/i, SubjectStatus.Released],
  [/\bexecuted\b/i, SubjectStatus.Executed],
  [/\bdied\b|\bdeath in custody\b/i, SubjectStatus.Deceased],
  [/\bforcibly returned\b|\bdeported\b|\brefouled\b|\bextradited\b/i, SubjectStatus.ForciblyReturned],
  [/\bdisappeared\b|\bwhereabouts (?:are )?unknown\b/i, SubjectStatus.Disappeared],
  [/\bdetained\b|\barrested\b|\bheld\b|\bimprisoned\b|\bjailed\b|\bin custody\b|\bsentenced\b/i, SubjectStatus.Detained],
];

// "could be deported", "at risk of being returned": a fear, not what has happened.
const FEARED = /\b(?:could|may|might|would|will|to|risk of|fears? of|facing|face)\s+(?:be\s+|being\s+)?$/i;

/** The subjects' situation as the sentence states it; null when it says nothing of it, or only fears it. */
export function statusOf(sentence: string): SubjectStatus | null {
  for (const [pattern, status] of STATUSES) {
    const match = new RegExp(pattern.source, 'gi');
    for (const found of sentence.matchAll(match)) {
      if (!FEARED.test(sentence.slice(Math.max(0, found.index - 30), found.index))) return status;
    }
  }
  return null;
}
