import type { DocumentRegions } from '../document/document-regions';
import { joinLines } from '../document/paragraphs';
import type { DraftReport } from '../draft-report';
import type { DraftAction } from '../imported-draft';
import { languageTagOf } from '../vocabulary/language-names';

const OWN_LANGUAGE = /\byour own language\b/i;
// "Please write immediately in English, Korean or your own language:" → "English, Korean or your own language".
// The telex era: "Please send telegrams/faxes/express/airmail letters in English, Russian or your own language:".
const AFTER_IN = /^please (?:write|send)\b.*?\bin\s+(.+?)[:.]?$/i;

/** The languages to write in, as BCP 47 tags, and whether "your own language" is welcome. */
export function extractLanguages(regions: DocumentRegions, report: DraftReport): Pick<DraftAction, 'languages' | 'acceptsOwnLanguage'> {
  if (regions.languages.length === 0) {
    report.missing('languages', 'the document does not say which languages to write in');
    report.missing('acceptsOwnLanguage', 'the document does not say which languages to write in');
    return {};
  }
  const printed = joinLines(regions.languages);
  // "either in Russian or in your own language": the words around the names are no names.
  const named = (AFTER_IN.exec(printed)?.[1] ?? printed)
    .replace(OWN_LANGUAGE, '')
    .replace(/\.$/, '')
    .replace(/\b(?:either|in)\b/gi, '');
  // "Belarusian, Russian. You can also write in your own language.": the sentence after the names is no name.
  const names = named
    .split(/,|\bor\b|\band\b|\/|\.\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
  const tags: string[] = [];
  for (const name of names) {
    const tag = languageTagOf(name);
    if (tag && !tags.includes(tag)) tags.push(tag);
    // Longer pieces are the sentence around the names ("You can also write in"), not a language.
    else if (!tag && name.split(' ').length <= 2) report.missing('languages', `"${name}" is not a language the importer knows`);
  }
  if (tags.length) report.read('languages', 0.9, regions.languages, printed, tags.join(','));
  else report.missing('languages', `no language named in "${printed}"`);
  const acceptsOwnLanguage = OWN_LANGUAGE.test(printed);
  report.read('acceptsOwnLanguage', 0.9, regions.languages, printed);
  return { ...(tags.length ? { languages: tags } : {}), acceptsOwnLanguage };
}
