import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { TransactionalRepository } from '../../database/transactional-repository';

/** The outbox row a bounce names, with the fax number of its content when it was a fax. */
export interface BouncedMessage {
  id: string;
  status: string;
  recipient: string;
  targetId: string | null;
  supporterId: string | null;
  faxNumber: string | null;
}

/** What a bounce settles and flags: the outbox row and the supporter's address (the target's goes through its module). */
@Injectable()
export class BouncesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** The row, locked until the transaction ends; undefined when there is none. */
  async lockMessage(manager: EntityManager, outboxMessageId: string): Promise<BouncedMessage | undefined> {
    const [row]: BouncedMessage[] = await manager.query(
      `SELECT o."id", o."status", o."recipient", o."targetId", o."supporterId", c."faxNumber"
         FROM notification_outbox o LEFT JOIN notification_content c ON c."id" = o."contentId" WHERE o."id" = $1 FOR UPDATE OF o`,
      [outboxMessageId],
    );
    return row;
  }

  async settleBounced(manager: EntityManager, outboxMessageId: string, reason: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE notification_outbox SET "status" = 'bounced', "lastError" = $2, "settledAt" = $3, "updatedAt" = now() WHERE "id" = $1`,
      [outboxMessageId, reason, now],
    );
  }

  /** Flags the supporter's address, if it is still the one that bounced; the first bounce's time is kept. */
  async flagSupporterEmail(manager: EntityManager, supporterId: string, email: string, reason: string, now: Date): Promise<void> {
    await manager.query(
      `UPDATE supporter SET "emailBouncedAt" = COALESCE("emailBouncedAt", $2), "emailBounceReason" = $3 WHERE "id" = $1 AND lower("email") = lower($4)`,
      [supporterId, now, reason, email],
    );
  }
}
