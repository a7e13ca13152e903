import type { ActionWithSubjects } from '../../actions/action-read-model';
import { TargetKind } from '../../targets/target-kind';
import type { TargetRecord } from '../../targets/target-read-model';
import type { LetterLocale } from '../templating/letter-locale';
import type { LetterSubjectVariables, LetterVariables } from '../templating/letter-variables';
import { ActionText, actionTextIn, documentLanguage } from './action-text';
import { countryName } from './country-name';
import type { LetterSupporter } from './letter-supporter';
import { subjectPhrase } from './subject-phrase';

const DIPLOMATIC_KINDS: readonly TargetKind[] = [TargetKind.Embassy, TargetKind.UnPermanentMission];

export interface LetterContext {
  variables: LetterVariables;
  locale: LetterLocale;
  /** Everything the letter reads apart from the supporter and today, as one string: equal keys, equal parts. */
  contentKey: string;
}

/** Content keys by the loaded action and target objects, so a request's letters compute each once. */
const contentKeys = new WeakMap<ActionWithSubjects, WeakMap<TargetRecord, Map<string, string>>>();

function contentKeyOf(
  action: ActionWithSubjects,
  target: TargetRecord,
  language: string,
  variables: LetterVariables,
  locale: LetterLocale,
): string {
  let byTarget = contentKeys.get(action);
  if (!byTarget) contentKeys.set(action, (byTarget = new WeakMap()));
  let byLanguage = byTarget.get(target);
  if (!byLanguage) byTarget.set(target, (byLanguage = new Map()));
  const cacheKey = `${language}\u0000${variables.organisation.name}`;
  let key = byLanguage.get(cacheKey);
  if (key === undefined) {
    key = JSON.stringify([{ ...variables, supporter: null, today: null }, locale]);
    byLanguage.set(cacheKey, key);
  }
  return key;
}

/** Everything a letter template may read for one letter, and where and in which language it is read. */
export function letterContext(
  action: ActionWithSubjects,
  target: TargetRecord,
  supporter: LetterSupporter,
  language: string,
  today: Date,
  organisationName: string,
): LetterContext {
  const subjects: LetterSubjectVariables[] = [...(action.subjects ?? [])]
    .sort((a, b) => a.position - b.position)
    .map((subject) => ({
      name: subject.name,
      isGroup: subject.isGroup,
      groupSize: subject.groupSize,
      genderPrinted: subject.genderPrinted,
    }));
  // Untranslated, the action's words stay in the document's language; the page tells the writer so (quotedLanguage).
  const text = actionTextIn(action, language) ?? (actionTextIn(action, documentLanguage(action)) as ActionText);
  const variables: LetterVariables = {
    language,
    today,
    organisation: { name: organisationName },
    action: {
      reference: action.reference,
      documentIndex: action.documentIndex,
      title: text.title,
      summary: text.summary ?? '',
      country: action.country,
      countryName: countryName(action.country, language),
      appealsAddressedTo: text.appealsAddressedTo ?? null,
      issuedOn: action.issuedOn ? new Date(`${action.issuedOn}T12:00:00Z`) : null,
    },
    subject: subjects[0] ?? null,
    subjects,
    subjectNames: subjects.map((subject) => subject.name),
    subjectPhrase: subjectPhrase(subjects, language, action.subjectPhrases),
    asks: text.asks ?? [],
    target: {
      honorific: target.honorific,
      name: target.name,
      title: target.title,
      organisation: target.organisation,
      addressLines: target.addressLines,
      country: target.country,
      countryName: countryName(target.country, language),
      fax: target.faxPrinted ?? target.fax,
      email: target.email,
      salutation: target.salutation,
      isDiplomatic: DIPLOMATIC_KINDS.includes(target.kind),
      isMinister: target.kind === TargetKind.Minister,
    },
    supporter: {
      name: supporter.name ?? '',
      city: supporter.city,
      country: supporter.country ? countryName(supporter.country, language) : null,
    },
  };
  const locale: LetterLocale = {
    language,
    timeZone: target.timeZone ?? action.appealDeadlineTimeZone,
    appealDeadline: action.appealDeadline,
    deadlineTimeZone: action.appealDeadlineTimeZone,
  };
  return { variables, locale, contentKey: contentKeyOf(action, target, language, variables, locale) };
}
