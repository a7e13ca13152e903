import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { Environment } from '../../config/environment';
import { AppealChannel } from '../../supporters/appeal-channel';
import { AppealRecord } from '../../supporters/appeal-record.entity';
import type { Supporter } from '../../supporters/supporter.entity';
import { DailyCapReached } from '../consent/daily-caps';
import type { RecordLetterDto } from '../dto/send-letter.dto';
import { LetterDelivery, LetterReceipt } from './letter-delivery.service';
import { ReportedLetter } from './reported-letter.entity';
import { WriterKeys } from './writer-keys';

const DAY_MS = 24 * 3_600_000;

/**
 * "I've sent it": a letter the writer sent themselves (post, their own mail program, otherwise). It is public, so each
 * writer's report of a letter to a target by a channel counts once, and one IP may report only so many a day.
 */
@Injectable()
export class LetterReports {
  constructor(
    private readonly delivery: LetterDelivery,
    private readonly keys: WriterKeys,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Environment) private readonly environment: Environment,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async record(actionId: string, input: RecordLetterDto, reporter: { supporter: Supporter | null; ip: string | null }): Promise<LetterReceipt & { repeated: boolean }> {
    const { action, link, language } = await this.delivery.reportedLetter(actionId, input);
    const channel = input.channel as AppealChannel;
    const writerKey = this.keys.writer({ supporterId: reporter.supporter?.id ?? null, email: input.email, name: input.name, ip: reporter.ip });
    const requesterKey = this.keys.requester(reporter.ip);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('letter reporter:' || $1))`, [requesterKey]);
      const earlier = await manager.findOne(ReportedLetter, {
        where: { actionId: action.id, targetId: link.target.id, channel, writerKey }, relations: { appealRecord: true },
      });
      if (earlier) return { ...receiptOf(earlier, earlier.appealRecord ?? null, action.id, link.target.id, channel), repeated: true };
      const [{ count }]: { count: number }[] = await manager.query(
        'SELECT count(*)::int AS "count" FROM reported_letter WHERE "requesterKey" = $1 AND "createdAt" > $2',
        [requesterKey, new Date(this.clock.now().getTime() - DAY_MS)]);
      const cap = this.environment.REPORTED_LETTERS_PER_IP_PER_DAY;
      if (count >= cap) {
        throw new DailyCapReached('ip', `${count} letters were reported sent from your network address in the last 24 hours, the most one may (REPORTED_LETTERS_PER_IP_PER_DAY = ${cap}); try again tomorrow`);
      }
      const receipt = await this.delivery.recordAppeal(manager, { action, link, letter: null, supporterId: reporter.supporter?.id ?? null }, channel, null, language);
      await manager.insert(ReportedLetter, {
        actionId: action.id, targetId: link.target.id, channel, writerKey, requesterKey, appealRecordId: receipt.appealRecordId, createdAt: this.clock.now(),
      });
      return { ...receipt, repeated: false };
    });
  }
}

function receiptOf(report: ReportedLetter, record: AppealRecord | null, actionId: string, targetId: string, channel: AppealChannel): LetterReceipt {
  return {
    appealRecordId: record?.id ?? '', actionId, targetId, channel, language: record?.language ?? null, messageId: null,
    sentAt: record?.sentAt ?? report.createdAt, dueAt: null,
  };
}
