import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReplyQuestion } from './reply-question.entity';
import { WriterAnswer } from './writer-answer';
import { TransactionalRepository } from '../database/transactional-repository';

/** A letter the system sent, old enough to ask its writer about. */
export interface LetterToAskAbout {
  appealRecordId: string;
  actionId: string;
  targetId: string;
  sentAt: Date;
  actionTitle: string;
  actionReference: string | null;
  targetName: string;
  /** The writer's own language when they are a supporter, else the letter's. */
  language: string | null;
}

/** A question with what its page shows: the letter it is about. */
export interface QuestionOnPage {
  id: string;
  answer: WriterAnswer | null;
  answeredAt: Date | null;
  letterSentAt: Date;
  actionId: string;
  actionTitle: string;
  actionReference: string | null;
  targetName: string;
}

export interface AnswerCounts {
  yes: number;
  no: number;
  notExpected: number;
}

/** Letters are asked about from two weeks after they went until this much later; an older letter is not (the backlog
 * of letters sent before the question existed, or while no worker ran for weeks, would make a burst of stale questions). */
export const ASK_WINDOW_DAYS = 28;

/**
 * Letters the system itself sent (email or fax, confirmed by their writer, settled 'sent' by the outbox) before $1
 * and at most ASK_WINDOW_DAYS earlier,
 * whose writer is still known (not erased) and has not unsubscribed as a supporter (from the network or that action)
 * nor bounced, in an action that is not a demonstration, and that were not asked about yet. The address is the one
 * the writer confirmed the letters from, kept on their request: the letter's own copy of it went as the letter went.
 */
const DUE_LETTERS = `
  FROM letter_request r
  JOIN appeal_record a ON a."id" = r."appealRecordId"
  JOIN notification_outbox o ON o."appealRecordId" = a."id" AND o."kind" = 'target message' AND o."status" = 'sent'
  JOIN urgent_action ua ON ua."id" = r."actionId" AND NOT ua."isDemonstration"
  JOIN target t ON t."id" = r."targetId"
  LEFT JOIN supporter s ON s."id" = coalesce(r."supporterId", (SELECT w."id" FROM supporter w WHERE w."email" = r."writerEmail"))
  WHERE r."status" = 'confirmed' AND r."channel" IN ('email', 'fax') AND r."writerEmail" NOT LIKE 'erased:%'
    AND o."settledAt" <= $1 AND o."settledAt" > $1::timestamptz - interval '${ASK_WINDOW_DAYS} days'
    AND NOT EXISTS (SELECT 1 FROM reply_question q WHERE q."appealRecordId" = a."id")
    AND (s."id" IS NULL OR (s."emailBouncedAt" IS NULL AND NOT EXISTS (
      SELECT 1 FROM subscription u WHERE u."supporterId" = s."id" AND u."unsubscribedAt" IS NOT NULL
        AND (u."actionId" IS NULL OR u."actionId" = r."actionId"))))`;

/** Where reply questions and answers are kept: the only way to them. */
@Injectable()
export class ReplyQuestionsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Writers with a letter due, not asked anything since `quietSince`: at most `limit`, in address order after `after`. */
  async writersDue(sentBefore: Date, quietSince: Date, after: string, limit: number): Promise<string[]> {
    const rows: { writerEmail: string }[] = await this.dataSource.query(
      `SELECT DISTINCT r."writerEmail" ${DUE_LETTERS}
         AND r."writerEmail" > $2
         AND NOT EXISTS (SELECT 1 FROM reply_question q JOIN letter_request p ON p."appealRecordId" = q."appealRecordId"
                         WHERE p."writerEmail" = r."writerEmail" AND q."askedAt" > $3)
       ORDER BY r."writerEmail" LIMIT $4`,
      [sentBefore, after, quietSince, limit],
    );
    return rows.map((row) => row.writerEmail);
  }

  /** Of these writer keys, those that asked not to be asked again. */
  async optedOut(writerKeys: string[]): Promise<Set<string>> {
    const rows: { writerKey: string }[] = await this.dataSource.query(
      'SELECT "writerKey" FROM reply_question_opt_out WHERE "writerKey" = ANY($1::text[])',
      [writerKeys],
    );
    return new Set(rows.map((row) => row.writerKey));
  }

  /** Serialises asking one writer, so two runs cannot both ask. */
  async lockWriter(manager: EntityManager, writerEmail: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('reply question:' || $1))`, [writerEmail]);
  }

  /** The writer's letters due to be asked about, oldest first. */
  dueLettersOf(manager: EntityManager, writerEmail: string, sentBefore: Date): Promise<LetterToAskAbout[]> {
    return manager.query(
      `SELECT a."id" AS "appealRecordId", r."actionId", r."targetId", o."settledAt" AS "sentAt", ua."title" AS "actionTitle",
              ua."reference" AS "actionReference", t."name" AS "targetName", coalesce(s."language", a."language") AS "language"
       ${DUE_LETTERS} AND r."writerEmail" = $2
       ORDER BY o."settledAt", a."id"`,
      [sentBefore, writerEmail],
    );
  }

  /** Records the questions; a letter asked about already is left out of the answer. */
  async recordAsked(manager: EntityManager, letters: LetterToAskAbout[], askedAt: Date): Promise<Map<string, string>> {
    if (letters.length === 0) return new Map();
    const rows: { id: string; appealRecordId: string }[] = await manager.query(
      `INSERT INTO reply_question ("appealRecordId", "actionId", "targetId", "letterSentAt", "askedAt")
       SELECT *, $5::timestamptz FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamptz[])
       ON CONFLICT ("appealRecordId") DO NOTHING RETURNING "id", "appealRecordId"`,
      [
        letters.map((l) => l.appealRecordId),
        letters.map((l) => l.actionId),
        letters.map((l) => l.targetId),
        letters.map((l) => l.sentAt),
        askedAt,
      ],
    );
    return new Map(rows.map((row) => [row.appealRecordId, row.id]));
  }

  async onPage(questionId: string): Promise<QuestionOnPage | null> {
    const [row]: QuestionOnPage[] = await this.dataSource.query(
      `SELECT q."id", q."answer", q."answeredAt", q."letterSentAt", q."actionId", ua."title" AS "actionTitle",
              ua."reference" AS "actionReference", t."name" AS "targetName"
       FROM reply_question q JOIN urgent_action ua ON ua."id" = q."actionId" JOIN target t ON t."id" = q."targetId"
       WHERE q."id" = $1`,
      [questionId],
    );
    return row ?? null;
  }

  /** Sets (or changes) the answer: one per letter, so answering again never counts twice. */
  async answer(questionId: string, answer: WriterAnswer, answeredAt: Date): Promise<boolean> {
    const result = await this.dataSource.getRepository(ReplyQuestion).update(questionId, { answer, answeredAt });
    return (result.affected ?? 0) > 0;
  }

  /** Answers per target of the action. */
  async answersByTarget(actionId: string): Promise<Map<string, AnswerCounts>> {
    const rows: ({ targetId: string } & AnswerCounts)[] = await this.dataSource.query(
      `SELECT "targetId", count(*) FILTER (WHERE "answer" = $2)::int AS "yes", count(*) FILTER (WHERE "answer" = $3)::int AS "no",
              count(*) FILTER (WHERE "answer" = $4)::int AS "notExpected"
       FROM reply_question WHERE "actionId" = $1 AND "answer" IS NOT NULL GROUP BY "targetId"`,
      [actionId, WriterAnswer.Yes, WriterAnswer.No, WriterAnswer.NotExpected],
    );
    return new Map(rows.map(({ targetId, ...counts }) => [targetId, counts]));
  }
}
