import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { LettersConfig } from '../../config/letters.config';
import { AppealChannel } from '../../supporters/appeal-channel';
import type { Supporter } from '../../supporters/supporter.entity';
import { DailyCapReached } from '../consent/daily-caps';
import { IpCap, IpCapReservation, IpDailyCaps } from '../consent/ip-daily-caps';
import type { RecordLetterDto } from '../dto/send-letter.dto';
import { LetterDelivery, LetterReceipt } from './letter-delivery.service';
import { WriterKeys } from './writer-keys';

/**
 * "I've sent it": a letter the writer sent themselves (post, their own mail program, otherwise). It is public, so each
 * writer's report of a letter to a target by a channel counts once (the unique index decides), and one IP may report
 * only so many a day (IpDailyCaps). Nothing waits on a lock: writers behind one address report side by side.
 */
@Injectable()
export class LetterReports {
  constructor(
    private readonly delivery: LetterDelivery,
    private readonly keys: WriterKeys,
    private readonly ipCaps: IpDailyCaps,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly limits: LettersConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(
    actionId: string,
    input: RecordLetterDto,
    reporter: { supporter: Supporter | null; ip: string | null },
  ): Promise<LetterReceipt & { repeated: boolean }> {
    const { action, link, language } = await this.delivery.reportedLetter(actionId, input);
    const report: Report = {
      actionId: action.id,
      targetId: link.target.id,
      channel: input.channel as AppealChannel,
      sectionId: link.section?.id ?? null,
      writerKey: this.keys.writer({ supporterId: reporter.supporter?.id ?? null, email: input.email, name: input.name, ip: reporter.ip }),
      supporterId: reporter.supporter?.id ?? null,
      language,
    };
    // A repeat click is answered before it is counted against the IP, even for a moment.
    const earlier = await this.earlier(report);
    if (earlier) return earlier;
    const requesterKey = this.keys.requester(reporter.ip);
    const cap = this.ipCap(requesterKey);
    let counted: IpCapReservation | null = null;
    let written: LetterReceipt | null;
    try {
      counted = await this.ipCaps.reserveInRedis(cap);
      // Counted in Redis, the report is one statement; else its count is taken from the rows, under the IP's lock.
      written = counted
        ? await this.write(this.dataSource.manager, report, requesterKey)
        : await this.dataSource.transaction(async (manager) => {
            await this.ipCaps.reserveInDatabase(manager, cap);
            return this.write(manager, report, requesterKey);
          });
    } catch (error) {
      await counted?.release();
      // A repeated report is answered with the first even when the IP has reached its cap since.
      if (error instanceof DailyCapReached) return (await this.earlier(report)) ?? Promise.reject(error);
      throw error;
    }
    if (written) return { ...written, repeated: false };
    // This writer's report was there already (or written a moment ago alongside): that one is the answer.
    await counted?.release();
    return (await this.earlier(report)) ?? Promise.reject(new Error(`The report of ${report.writerKey} vanished as it was written`));
  }

  private ipCap(requesterKey: string): IpCap {
    const cap = this.limits.reportedPerIpPerDay;
    return {
      scope: 'reported',
      requesterKey,
      cap,
      now: this.clock.now(),
      refusal: (count) =>
        new DailyCapReached(
          'ip',
          `${count} letters were reported sent from your network address in the last 24 hours, the most one may (REPORTED_LETTERS_PER_IP_PER_DAY = ${cap}); try again tomorrow`,
        ),
      countInDatabase: async (manager, since) =>
        (
          await manager.query('SELECT count(*)::int AS "count" FROM reported_letter WHERE "requesterKey" = $1 AND "createdAt" > $2', [
            requesterKey,
            since,
          ])
        )[0].count,
    };
  }

  private async earlier(report: Report): Promise<(LetterReceipt & { repeated: true }) | null> {
    const [earlier]: { appealRecordId: string | null; language: string | null; sentAt: Date | null; createdAt: Date }[] =
      await this.dataSource.query(
        `SELECT r."appealRecordId", a."language", a."sentAt", r."createdAt" FROM reported_letter r LEFT JOIN appeal_record a ON a."id" = r."appealRecordId"
       WHERE r."actionId" = $1 AND r."targetId" = $2 AND r."channel" = $3 AND r."writerKey" = $4`,
        [report.actionId, report.targetId, report.channel, report.writerKey],
      );
    if (!earlier) return null;
    return {
      appealRecordId: earlier.appealRecordId ?? '',
      actionId: report.actionId,
      targetId: report.targetId,
      channel: report.channel,
      language: earlier.language,
      messageId: null,
      sentAt: earlier.sentAt ?? earlier.createdAt,
      dueAt: null,
      repeated: true,
    };
  }

  /** The report and the appeal it counts, in one statement; null when this writer's report is there already. */
  private async write(manager: EntityManager, report: Report, requesterKey: string): Promise<LetterReceipt | null> {
    const appealRecordId = randomUUID();
    const sentAt = this.clock.now();
    const [written]: { id: string }[] = await manager.query(
      `WITH report AS (
         INSERT INTO reported_letter ("actionId", "targetId", "channel", "writerKey", "requesterKey", "appealRecordId", "createdAt")
         VALUES ($1, $2, $3::text, $4, $5, $6, $7)
         ON CONFLICT ("actionId", "targetId", "channel", "writerKey") DO NOTHING RETURNING "appealRecordId")
       INSERT INTO appeal_record ("id", "actionId", "targetId", "sectionId", "supporterId", "channel", "letterCount", "language", "messageId", "sentAt")
       SELECT report."appealRecordId", $1, $2, $8, $9, $3::text::appeal_channel, 1, $10, NULL, $7 FROM report RETURNING "id"`,
      [
        report.actionId,
        report.targetId,
        report.channel,
        report.writerKey,
        requesterKey,
        appealRecordId,
        sentAt,
        report.sectionId,
        report.supporterId,
        report.language,
      ],
    );
    if (!written) return null;
    return {
      appealRecordId,
      actionId: report.actionId,
      targetId: report.targetId,
      channel: report.channel,
      language: report.language,
      messageId: null,
      sentAt,
      dueAt: null,
    };
  }
}

interface Report {
  actionId: string;
  targetId: string;
  channel: AppealChannel;
  sectionId: string | null;
  writerKey: string;
  supporterId: string | null;
  language: string | null;
}
