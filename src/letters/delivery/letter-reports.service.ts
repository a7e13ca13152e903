import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { LettersConfig } from '../../config/letters.config';
import { AppealChannel } from '../../supporters/appeal-channel';
import type { SupporterRecord } from '../../supporters/supporter-read-model';
import { DailyCapReached } from '../consent/daily-caps';
import { IpCap, IpCapReservation, IpDailyCaps } from '../consent/ip-daily-caps';
import type { RecordLetterDto } from '../dto/send-letter.dto';
import { LetterDelivery, LetterReceipt } from './letter-delivery.service';
import { LetterReport, LetterReportsRepository } from './letter-reports.repository';
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
    private readonly repository: LetterReportsRepository,
  ) {}

  async record(
    actionId: string,
    input: RecordLetterDto,
    reporter: { supporter: SupporterRecord | null; ip: string | null },
  ): Promise<LetterReceipt & { repeated: boolean }> {
    const { action, link, language } = await this.delivery.reportedLetter(actionId, input);
    const report: LetterReport = {
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
        ? await this.write(report, requesterKey)
        : await this.repository.withTransaction(async (manager) => {
            await this.ipCaps.reserveInDatabase(manager, cap);
            return this.write(report, requesterKey, manager);
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
      countInDatabase: (manager, since) => this.repository.countFromRequester(manager, requesterKey, since),
    };
  }

  private async earlier(report: LetterReport): Promise<(LetterReceipt & { repeated: true }) | null> {
    const earlier = await this.repository.earlier(report);
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

  /** The report and the appeal it counts; null when this writer's report is there already. */
  private async write(report: LetterReport, requesterKey: string, manager?: EntityManager): Promise<LetterReceipt | null> {
    const appealRecordId = randomUUID();
    const sentAt = this.clock.now();
    const written = await this.repository.insert(report, { requesterKey, appealRecordId, sentAt }, manager);
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
