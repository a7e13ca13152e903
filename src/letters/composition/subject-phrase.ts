import type { LetterSubjectVariables } from '../templating/letter-variables';

/** Scripts without letter case: nothing to lower. */
const CASELESS_LANGUAGES = new Set(['ko', 'ja', 'zh', 'ar', 'he', 'th']);

/**
 * A group description is a phrase, not a name: "At least nine North Koreans" reads "… my deep concern for at least
 * nine North Koreans". Only its first letter is lowered, and only where the word is not an acronym ("UN staff").
 */
function midSentence(subject: LetterSubjectVariables, language: string): string {
  if (!subject.isGroup || CASELESS_LANGUAGES.has(language.split('-')[0])) return subject.name;
  const [first, second] = [...subject.name];
  if (!first || (second !== undefined && second !== second.toLowerCase())) return subject.name;
  return first.toLocaleLowerCase(language) + subject.name.slice(first.length);
}

/**
 * How the letter names the people at risk mid-sentence: the phrase staff wrote for this language (with the case or
 * particle the language needs), else the names joined as the language joins a list.
 */
export function subjectPhrase(subjects: LetterSubjectVariables[], language: string, written: Record<string, string> | undefined): string {
  const own = written?.[language] ?? written?.[language.split('-')[0]];
  if (own) return own;
  return new Intl.ListFormat(language, { type: 'conjunction', style: 'long' }).format(
    subjects.map((subject) => midSentence(subject, language)),
  );
}
