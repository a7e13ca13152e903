import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { AppealChannel } from '../../supporters/appeal-channel';
import { TransactionalRepository } from '../../database/transactional-repository';

/** One writer's "I've sent it" of a letter to a target by a channel, and the appeal it counts as. */
export interface LetterReport {
  actionId: string;
  targetId: string;
  channel: AppealChannel;
  sectionId: string | null;
  writerKey: string;
  supporterId: string | null;
  language: string | null;
}

/** The writer's earlier report of the same letter, with the appeal it counted (if it is still counted). */
export interface EarlierReport {
  appealRecordId: string | null;
  language: string | null;
  sentAt: Date | null;
  createdAt: Date;
}

/** Letters writers report they sent themselves (reported_letter), each with its appeal record. */
@Injectable()
export class LetterReportsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  async earlier(report: LetterReport): Promise<EarlierReport | null> {
    const [earlier]: EarlierReport[] = await this.dataSource.query(
      `SELECT r."appealRecordId", a."language", a."sentAt", r."createdAt" FROM reported_letter r LEFT JOIN appeal_record a ON a."id" = r."appealRecordId"
       WHERE r."actionId" = $1 AND r."targetId" = $2 AND r."channel" = $3 AND r."writerKey" = $4`,
      [report.actionId, report.targetId, report.channel, report.writerKey],
    );
    return earlier ?? null;
  }

  /** Reports from one requester since `since`, in the caller's transaction (which holds the requester's lock). */
  async countFromRequester(manager: EntityManager, requesterKey: string, since: Date): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      'SELECT count(*)::int AS "count" FROM reported_letter WHERE "requesterKey" = $1 AND "createdAt" > $2',
      [requesterKey, since],
    );
    return row.count;
  }

  /**
   * The report and the appeal it counts, in one statement; false when this writer's report is there already. In
   * `manager`'s transaction when given one.
   */
  async insert(
    report: LetterReport,
    written: { requesterKey: string; appealRecordId: string; sentAt: Date },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [row]: { id: string }[] = await manager.query(
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
        written.requesterKey,
        written.appealRecordId,
        written.sentAt,
        report.sectionId,
        report.supporterId,
        report.language,
      ],
    );
    return Boolean(row);
  }
}
