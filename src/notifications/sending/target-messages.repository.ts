import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { LetterParts, storeRenderedContent } from '../content/notification-contents';
import type { RenderedNotice } from '../content/notice-renderer';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { NewOutboxMessage, writeOutboxMessages } from '../outbox/outbox-writer';
import { TransactionalRepository } from '../../database/transactional-repository';

export interface TargetSlot {
  id: string;
  dueAt: Date;
}

/** The last slot taken for a target, and the target's own pace when it has one. */
export interface TargetPace {
  last: Date | null;
  pace: number | null;
}

/**
 * The rows of mail to a target's own address and their pacing. Every method runs in the caller's transaction (the
 * pacing lock is held until it commits), which `transaction` opens when the caller has none.
 */
@Injectable()
export class TargetMessagesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  storeContent(manager: EntityManager, dedupeKey: string, rendered: RenderedNotice & LetterParts): Promise<string> {
    return storeRenderedContent(manager, dedupeKey, rendered);
  }

  /** One scheduler per target at a time, until the transaction ends. */
  async lockPacing(manager: EntityManager, targetId: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('target pacing:' || $1))`, [targetId]);
  }

  async written(manager: EntityManager, dedupeKey: string): Promise<TargetSlot | undefined> {
    const [existing]: TargetSlot[] = await manager.query('SELECT "id", "dueAt" FROM notification_outbox WHERE "dedupeKey" = $1', [
      dedupeKey,
    ]);
    return existing;
  }

  /**
   * The target's last slot, leaving out the slots of rows about to be given new ones (`besides`), and its own pace,
   * which rides on the same round trip.
   */
  async pace(manager: EntityManager, targetId: string, besides: string[] = []): Promise<TargetPace> {
    const [pace]: TargetPace[] = await manager.query(
      `SELECT max("dueAt") AS "last", (SELECT "messagesPerHour" FROM target WHERE "id" = $1) AS "pace"
         FROM notification_outbox WHERE "targetId" = $1 AND "kind" = $2 AND "status" <> 'cancelled' AND NOT ("id" = ANY($3::uuid[]))`,
      [targetId, NotificationKind.TargetMessage, besides],
    );
    return pace;
  }

  /** Of these rows, the messages to a target, oldest first, each with its fax number if it is a fax. */
  lettersAmong(manager: EntityManager, ids: string[]): Promise<{ id: string; targetId: string; faxNumber: string | null }[]> {
    return manager.query(
      `SELECT o."id", o."targetId", c."faxNumber" FROM notification_outbox o LEFT JOIN notification_content c ON c."id" = o."contentId"
       WHERE o."id" = ANY($1::uuid[]) AND o."kind" = $2 AND o."targetId" IS NOT NULL ORDER BY o."createdAt", o."id"`,
      [ids, NotificationKind.TargetMessage],
    );
  }

  async moveTo(manager: EntityManager, id: string, dueAt: Date): Promise<void> {
    await manager.query('UPDATE notification_outbox SET "dueAt" = $2, "updatedAt" = now() WHERE "id" = $1', [id, dueAt]);
  }

  /** Writes the row (its dedupeKey was looked for under the pacing lock). */
  async write(manager: EntityManager, message: NewOutboxMessage): Promise<TargetSlot> {
    const [written] = await writeOutboxMessages(manager, [message]);
    return written;
  }
}
