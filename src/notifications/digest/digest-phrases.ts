import type { DigestFrequency } from '../../supporters/notice-frequency';
import { NOTICE_PHRASEBOOKS } from '../content/notice-files';
import { noticeLanguage } from '../content/notice-phrases';

/** The words of a summary email (templates/notices/phrases), in the languages the notices are written in. */
export interface DigestPhrases {
  greeting: string;
  subject: Record<DigestFrequency, string>;
  intro: Record<DigestFrequency, string>;
  newActions: string;
  updates: string;
  deadline: string;
  read: string;
  keepWriting: string;
  stopWriting: string;
  howOften: string;
  unsubscribe: string;
}

export function digestPhrasesFor(language: string): DigestPhrases {
  return (NOTICE_PHRASEBOOKS.get(noticeLanguage(language)) as { digest: DigestPhrases }).digest;
}
