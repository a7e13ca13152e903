import { Inject, Injectable, Logger } from '@nestjs/common';
import { SignedLinks } from '../../accounts/signed-links';
import { Clock } from '../../common/clock';
import { SecurityConfig } from '../../config/security.config';
import { SiteConfig } from '../../config/site.config';
import { MailOutbox } from '../../notifications/outbox/mail-outbox';
import { NotificationKind } from '../../notifications/outbox/notification-vocabulary';
import type { DueMessage } from '../../notifications/queues/notification-queues.service';
import { UnsubscribeLinks } from '../../notifications/unsubscribe/unsubscribe-links';
import { renderReplyQuestionMail, replyQuestionLanguage } from '../questions/reply-question-mail';
import { answerPagePath } from '../questions/answer-links';
import { replyQuestionWriterKey } from '../questions/writer-key';
import { ReplyQuestionsRepository } from '../reply-questions.repository';
import { inLanguage } from '../../mail/link-mail';

const DAY_MS = 24 * 3_600_000;
/** WriteToThem asks two weeks after the letter went. */
export const ASK_AFTER_DAYS = 14;
/** A writer gets at most one such mail a week; letters that come due meanwhile wait for the next. */
export const QUIET_DAYS = 7;
export const ANSWER_LINK_DAYS = 60;
const WRITERS_PER_PAGE = 200;

export interface AskReport {
  writersAsked: number;
  lettersAskedAbout: number;
  optedOut: number;
}

/**
 * "Did you get a reply?": each writer of letters the system sent at least two weeks ago gets one mail through the
 * outbox listing those letters, each with its yes / no / not expected links. A letter is asked about once (a unique
 * question per letter, written with the mail in one transaction).
 */
@Injectable()
export class AskWritersAboutReplies {
  private readonly logger = new Logger(AskWritersAboutReplies.name);

  constructor(
    private readonly questions: ReplyQuestionsRepository,
    private readonly outbox: MailOutbox,
    private readonly links: SignedLinks,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SiteConfig) private readonly site: SiteConfig,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
  ) {}

  async run(): Promise<AskReport> {
    const now = this.clock.now();
    const sentBefore = new Date(now.getTime() - ASK_AFTER_DAYS * DAY_MS);
    const quietSince = new Date(now.getTime() - QUIET_DAYS * DAY_MS);
    const report: AskReport = { writersAsked: 0, lettersAskedAbout: 0, optedOut: 0 };
    for (let after = ''; ;) {
      const writers = await this.questions.writersDue(sentBefore, quietSince, after, WRITERS_PER_PAGE);
      if (writers.length === 0) break;
      after = writers[writers.length - 1];
      const keys = new Map(writers.map((writer) => [writer, replyQuestionWriterKey(writer, this.security.unsubscribeSecret)]));
      const optedOut = await this.questions.optedOut([...keys.values()]);
      const wake: DueMessage[] = [];
      for (const writer of writers) {
        const writerKey = keys.get(writer) as string;
        if (optedOut.has(writerKey)) {
          report.optedOut += 1;
          continue;
        }
        const asked = await this.askOne(writer, writerKey, sentBefore);
        if (!asked) continue;
        report.writersAsked += 1;
        report.lettersAskedAbout += asked.letters;
        if (asked.mail) wake.push(asked.mail);
      }
      await this.outbox.wake(wake);
    }
    if (report.writersAsked > 0) this.logger.log(`Reply questions: ${JSON.stringify(report)}`);
    return report;
  }

  private askOne(writerEmail: string, writerKey: string, sentBefore: Date): Promise<{ letters: number; mail: DueMessage | null } | null> {
    return this.questions.withTransaction(async (manager) => {
      await this.questions.lockWriter(manager, writerEmail);
      const due = await this.questions.dueLettersOf(manager, writerEmail, sentBefore);
      const asked = await this.questions.recordAsked(manager, due, this.clock.now());
      const letters = due.filter((letter) => asked.has(letter.appealRecordId));
      if (letters.length === 0) return null;
      const validMs = ANSWER_LINK_DAYS * DAY_MS;
      // The answer page speaks the mail's language, whatever the writer's browser asks for.
      const language = replyQuestionLanguage(letters[0].language);
      const rendered = renderReplyQuestionMail(
        letters[0].language,
        letters.map((letter) => {
          const token = this.links.sign('answer-reply-question', asked.get(letter.appealRecordId) as string, validMs);
          return {
            ...letter,
            links: {
              yes: this.answerLink(token, 'yes', language),
              no: this.answerLink(token, 'no', language),
              notExpected: this.answerLink(token, 'not-expected', language),
            },
          };
        }),
        {
          organisation: this.site.organisationName,
          days: ANSWER_LINK_DAYS,
          stopLink: this.unsubscribeLinks.urlFor({ kind: 'reply-questions', writerKey }).replace('/api/unsubscribe/', '/my/unsubscribe/'),
        },
      );
      const mail = await this.outbox.write(manager, {
        kind: NotificationKind.ReplyQuestion,
        dedupeKey: `reply-question:${writerKey}:${asked.get(letters[0].appealRecordId)}`,
        recipient: writerEmail,
        rendered,
        unsubscribeUrl: this.unsubscribeLinks.urlFor({ kind: 'reply-questions', writerKey }),
      });
      return { letters: letters.length, mail };
    });
  }

  private answerLink(token: string, answer: string, language: string): string {
    return inLanguage(new URL(`${answerPagePath(token)}?answer=${answer}`, this.site.publicUrl).toString(), language);
  }
}
