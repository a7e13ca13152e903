import type { ActionRecord, ActionWithSubjects } from '../../actions/action-read-model';

/** The action's words in one language: its title, summary, asks and "appeals addressed to". */
export type ActionText = ActionRecord['translations'][string];

const base = (language: string) => language.split('-')[0].toLowerCase();

/** The language the document was written in: its first language to write in. */
export function documentLanguage(action: Pick<ActionRecord, 'languages'>): string {
  return base(action.languages[0] ?? 'en');
}

/**
 * The action's text as a letter in `language` quotes it, or null when part of it is missing there: the title,
 * and each of the summary, the asks and "appeals addressed to" that the document has, and a phrase for a group of
 * people at risk (a group's description is words; a person's name reads the same in every language).
 */
export function actionTextIn(action: ActionWithSubjects, language: string): ActionText | null {
  const own: ActionText = {
    title: action.title,
    summary: action.summary,
    asks: action.asks,
    appealsAddressedTo: action.appealsAddressedTo ?? undefined,
  };
  if (base(language) === documentLanguage(action)) return own;
  const translation = action.translations?.[base(language)];
  if (!translation?.title) return null;
  if (action.summary && !translation.summary) return null;
  if (action.asks.length > 0 && translation.asks?.length !== action.asks.length) return null;
  if (action.appealsAddressedTo && !translation.appealsAddressedTo) return null;
  if ((action.subjects ?? []).some((subject) => subject.isGroup) && !action.subjectPhrases?.[base(language)]) return null;
  return translation;
}
