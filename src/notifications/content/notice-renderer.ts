import { Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import type { ActionRecord, ActionUpdateRecord } from '../../actions/action-read-model';
import { noticeLanguage, phrasesFor } from './notice-phrases';
import { noticeTemplate } from './notice-files';

export interface RenderedNotice {
  language: string;
  subject: string;
  textBody: string;
  htmlBody: string;
}

export type NoticeSubject =
  { kind: 'new action' } | { kind: 'update'; update: ActionUpdateRecord; stopWriting: boolean } | { kind: 'reminder'; daysBefore: number };

/** Placeholders the renderer leaves in the shared content, filled per recipient when the message is sent. */
export const RECIPIENT_PLACEHOLDERS = { recipientName: '{{recipientName}}', unsubscribeUrl: '{{unsubscribeUrl}}' } as const;

/** Renders notices with a private Handlebars instance; templates are compiled once. */
@Injectable()
export class NoticeRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly text = this.handlebars.compile(noticeTemplate('notice.text'), { noEscape: true, strict: false });
  private readonly html = this.handlebars.compile(noticeTemplate('notice.html'), { strict: false });

  render(action: ActionRecord, about: NoticeSubject, readerLanguage: string, readerTimeZone: string): RenderedNotice {
    const language = noticeLanguage(readerLanguage);
    const phrases = phrasesFor(language);
    const headline =
      about.kind === 'new action'
        ? phrases.newAction
        : about.kind === 'update'
          ? `${phrases.update} ${about.update.sequence}`
          : about.daysBefore === 0
            ? phrases.reminderToday
            : phrases.reminderDays.replace('{days}', String(about.daysBefore));
    const update =
      about.kind === 'update'
        ? { title: about.update.title, body: about.update.body, paragraphs: about.update.body.split(/\n\s*\n/) }
        : null;
    const stopWriting = about.kind === 'update' && about.stopWriting;
    const context = {
      ...RECIPIENT_PLACEHOLDERS,
      language,
      phrases,
      greeting: phrases.greeting.replace('{name}', RECIPIENT_PLACEHOLDERS.recipientName),
      headline,
      action: { reference: action.reference ?? '', title: action.title, summary: action.summary, asks: stopWriting ? [] : action.asks },
      update,
      stopWriting,
      whatToDo: stopWriting ? phrases.stopWriting : phrases.keepWriting,
      deadline: DateTime.fromJSDate(action.appealDeadline, { zone: readerTimeZone })
        .setLocale(language)
        .toLocaleString(DateTime.DATETIME_FULL),
    };
    const subject = `${headline}: ${action.reference ?? ''} ${action.title}`.replace(/[\r\n]+/g, ' ').trim();
    return { language, subject, textBody: this.text(context), htmlBody: this.html(context) };
  }
}
