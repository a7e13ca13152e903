import { bookLanguage } from '../../common/phrasebooks';
import { NOTICE_PHRASEBOOKS } from './notice-files';

/** The words of the notices themselves, per language (templates/notices/phrases); the action's own text stays as written. */
export interface NoticePhrases {
  /** With `{name}`: word order differs ("Dear {name}," / "{name}님, 안녕하세요."). */
  greeting: string;
  newAction: string;
  update: string;
  reminderDays: string;
  reminderToday: string;
  deadline: string;
  asks: string;
  keepWriting: string;
  stopWriting: string;
  unsubscribe: string;
}

/** The language the notice can be written in for a reader of `language` (a BCP 47 tag), English when we have none. */
export function noticeLanguage(language: string | null | undefined): string {
  return bookLanguage(NOTICE_PHRASEBOOKS, language);
}

export function phrasesFor(language: string): NoticePhrases {
  return (NOTICE_PHRASEBOOKS.get(noticeLanguage(language)) as { notice: NoticePhrases }).notice;
}
