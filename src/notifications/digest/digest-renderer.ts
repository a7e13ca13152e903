import { Inject, Injectable } from '@nestjs/common';
import Handlebars from 'handlebars';
import { DateTime } from 'luxon';
import type { ActionRecord, ActionUpdateRecord } from '../../actions/action-read-model';
import { ActionStatus } from '../../actions/action-vocabulary';
import { SiteConfig } from '../../config/site.config';
import type { DigestFrequency } from '../../supporters/notice-frequency';
import { noticeLanguage } from '../content/notice-phrases';
import { RECIPIENT_PLACEHOLDERS, RenderedNotice } from '../content/notice-renderer';
import type { DigestItem } from './digest-items';
import { digestPhrasesFor } from './digest-phrases';
import { noticeTemplate } from '../content/notice-files';

export interface DigestSources {
  actions: Map<string, ActionRecord>;
  updates: Map<string, ActionUpdateRecord>;
}

/** Renders one summary for a list of items, with a private Handlebars instance; templates are compiled once. */
@Injectable()
export class DigestRenderer {
  private readonly handlebars = Handlebars.create();
  private readonly text = this.handlebars.compile(noticeTemplate('digest.text'), { noEscape: true, strict: true });
  private readonly html = this.handlebars.compile(noticeTemplate('digest.html'), { strict: true });

  constructor(@Inject(SiteConfig) private readonly site: SiteConfig) {}

  render(frequency: DigestFrequency, items: DigestItem[], sources: DigestSources, readerLanguage: string): RenderedNotice {
    const language = noticeLanguage(readerLanguage);
    const phrases = digestPhrasesFor(language);
    const base = this.site.publicUrl.replace(/\/$/, '');
    const actionOf = (item: DigestItem) => sources.actions.get(item.actionId) as ActionRecord;
    const about = (action: ActionRecord) => ({
      reference: action.reference ?? '',
      title: action.title,
      url: `${base}/urgent-actions/${action.id}?lang=${language}`,
    });
    const newActions = items
      .filter((item) => item.kind === 'new action')
      .map((item) => {
        const action = actionOf(item);
        return {
          ...about(action),
          summary: action.summary,
          deadline: DateTime.fromJSDate(action.appealDeadline, { zone: action.appealDeadlineTimeZone })
            .setLocale(language)
            .toLocaleString(DateTime.DATETIME_FULL),
        };
      });
    const updates = items
      .filter((item) => item.kind === 'update')
      .map((item) => {
        const action = actionOf(item);
        const update = sources.updates.get(item.updateId as string) as ActionUpdateRecord;
        return {
          ...about(action),
          updateTitle: update.title,
          firstParagraph: update.body.split(/\n\s*\n/)[0],
          whatToDo: action.status === ActionStatus.Closed ? phrases.stopWriting : phrases.keepWriting,
        };
      });
    const context = {
      ...RECIPIENT_PLACEHOLDERS,
      language,
      phrases,
      greeting: phrases.greeting.replace('{name}', RECIPIENT_PLACEHOLDERS.recipientName),
      intro: phrases.intro[frequency],
      newActions,
      updates,
      preferencesUrl: `${base}/my/sign-in?lang=${language}`,
    };
    return { language, subject: phrases.subject[frequency], textBody: this.text(context), htmlBody: this.html(context) };
  }
}
