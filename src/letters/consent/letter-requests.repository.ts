import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { DAY_MS } from './ip-daily-caps';
import { LetterRequest } from './letter-request.entity';
import { LetterRequestStatus } from './letter-request-status';
import { WriterConfirmation } from './writer-confirmation.entity';
import { TransactionalRepository } from '../../database/transactional-repository';

/** What a new request must know about its writer, read in one statement under the writer's lock. */
export interface WriterState {
  /** The writer's request for this letter that still stands (confirmed, or awaiting an open link); null if none. */
  standing: LetterRequest | null;
  /** An earlier request for this letter whose link lapsed unconfirmed: asked again in place. */
  lapsed: LetterRequest | null;
  /** Letters asked for from this address in the last 24 hours, across all actions. */
  askedToday: number;
  /** The writer's confirmation still open for new letters to join, if any. */
  openConfirmation: WriterConfirmation | null;
}

/** What a request's receipt shows of the letter once counted: its appeal record and, while it waits, its outbox row. */
export interface SentLetter {
  language: string | null;
  messageId: string | null;
  sentAt: Date;
  dueAt: Date | null;
}

/** A request's letter once its writer consented: counted, and its words gone to the outbox. */
export type ConfirmedFields = Pick<LetterRequest, 'status' | 'appealRecordId' | 'confirmedAt' | 'letter'>;

interface WriterStateRow {
  earlierId: string | null;
  earlierLapsed: boolean | null;
  askedToday: number;
  openId: string | null;
  openCreatedAt: Date | null;
  openExpiresAt: Date | null;
}

/** $1 action, $2 target, $3 writer address, $4 now, $5 the awaiting status, $6 a day ago. Exported for the index test. */
export const WRITER_STATE_SQL = `SELECT earlier."id" AS "earlierId",
        earlier."status" = $5 AND NOT EXISTS (
          SELECT 1 FROM writer_confirmation c
          WHERE c."id" = earlier."confirmationId" AND c."confirmedAt" IS NULL AND c."expiresAt" > $4) AS "earlierLapsed",
        (SELECT count(*)::int FROM letter_request WHERE "writerEmail" = $3 AND "createdAt" > $6) AS "askedToday",
        open."id" AS "openId", open."createdAt" AS "openCreatedAt", open."expiresAt" AS "openExpiresAt"
 FROM (SELECT 1) AS one
 LEFT JOIN letter_request earlier ON earlier."actionId" = $1 AND earlier."targetId" = $2 AND earlier."writerEmail" = $3
 LEFT JOIN LATERAL (
   SELECT "id", "createdAt", "expiresAt" FROM writer_confirmation
   WHERE "writerEmail" = $3 AND "confirmedAt" IS NULL AND "expiresAt" > $4 ORDER BY "createdAt" DESC LIMIT 1) AS open ON true`;

/**
 * Letter requests and the writers' confirmations they wait on. The send path's statements run in its caller's
 * transaction under the writer's lock, in few round trips, because every writer's request holds that lock.
 */
@Injectable()
export class LetterRequestsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** One writer at a time until the caller's transaction ends: the uniqueness check and the cap per address cannot race. */
  async lockWriter(manager: EntityManager, writerEmail: string): Promise<void> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('letter writer:' || $1))`, [writerEmail]);
  }

  /** The caller's transaction holds the writer's advisory lock, taken by an earlier statement (so this one's snapshot
   * sees every request that lock serialised). The earlier request itself is loaded only when there is one. */
  async writerState(
    manager: EntityManager,
    letter: { actionId: string; targetId: string; writerEmail: string },
    now: Date,
  ): Promise<WriterState> {
    const [row]: WriterStateRow[] = await manager.query(WRITER_STATE_SQL, [
      letter.actionId,
      letter.targetId,
      letter.writerEmail,
      now,
      LetterRequestStatus.AwaitingConfirmation,
      new Date(now.getTime() - DAY_MS),
    ]);
    const earlier = row.earlierId ? await manager.findOneByOrFail(LetterRequest, { id: row.earlierId }) : null;
    const openConfirmation = row.openId
      ? manager.create(WriterConfirmation, {
          id: row.openId,
          writerEmail: letter.writerEmail,
          createdAt: row.openCreatedAt as Date,
          expiresAt: row.openExpiresAt as Date,
          confirmedAt: null,
        })
      : null;
    return {
      standing: earlier && !row.earlierLapsed ? earlier : null,
      lapsed: earlier && row.earlierLapsed ? earlier : null,
      askedToday: row.askedToday,
      openConfirmation,
    };
  }

  /** A new request in one INSERT (save's bookkeeping is for entities that may exist already). */
  async insert(manager: EntityManager, fields: Omit<LetterRequest, 'id'>): Promise<LetterRequest> {
    const { identifiers } = await manager.insert(LetterRequest, fields);
    return manager.create(LetterRequest, { ...fields, id: identifiers[0].id as string });
  }

  /** An earlier request written again with `fields`, in place. */
  askAgain(manager: EntityManager, earlier: LetterRequest, fields: Partial<LetterRequest>): Promise<LetterRequest> {
    return manager.save(Object.assign(earlier, fields));
  }

  /** Requests from the IP address since `since`, in the caller's transaction (which holds the address's lock). */
  async countFromIp(manager: EntityManager, ip: string, since: Date): Promise<number> {
    const [row]: { count: number }[] = await manager.query(
      'SELECT count(*)::int AS "count" FROM letter_request WHERE "requesterIp" = $1 AND "createdAt" > $2',
      [ip, since],
    );
    return row.count;
  }

  /** A new confirmation in one INSERT, in the caller's transaction. */
  async insertConfirmation(manager: EntityManager, fields: Omit<WriterConfirmation, 'id'>): Promise<WriterConfirmation> {
    const { identifiers } = await manager.insert(WriterConfirmation, fields);
    return manager.create(WriterConfirmation, { ...fields, id: identifiers[0].id as string });
  }

  confirmation(id: string): Promise<WriterConfirmation | null> {
    return this.dataSource.manager.findOneBy(WriterConfirmation, { id });
  }

  /** Every request on the confirmation, oldest first, with the action and target each is to. */
  describedOn(confirmationId: string): Promise<LetterRequest[]> {
    return this.dataSource.getRepository(LetterRequest).find({
      where: { confirmationId },
      relations: { action: true, target: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** The requests still awaiting this confirmation, oldest first. */
  awaitingOn(confirmationId: string): Promise<LetterRequest[]> {
    return this.dataSource.getRepository(LetterRequest).find({
      where: { confirmationId, status: LetterRequestStatus.AwaitingConfirmation },
      order: { createdAt: 'ASC' },
    });
  }

  /** Every request on the confirmation, oldest first, as the caller's transaction sees them. */
  allOn(manager: EntityManager, confirmationId: string): Promise<LetterRequest[]> {
    return manager.find(LetterRequest, { where: { confirmationId }, order: { createdAt: 'ASC' } });
  }

  /** The confirmation, locked until the caller's transaction ends: a link works once. Undefined when it is gone. */
  async lockConfirmation(manager: EntityManager, id: string): Promise<WriterConfirmation | undefined> {
    const [locked]: WriterConfirmation[] = await manager.query('SELECT * FROM writer_confirmation WHERE "id" = $1 FOR UPDATE', [id]);
    return locked;
  }

  async markConfirmed(manager: EntityManager, confirmationId: string, confirmedAt: Date): Promise<void> {
    await manager.update(WriterConfirmation, confirmationId, { confirmedAt });
  }

  /** The request can no longer go: cancelled with the reason, its letter's words forgotten. */
  async cancel(manager: EntityManager, requestId: string, reason: string): Promise<void> {
    await manager.update(LetterRequest, requestId, { status: LetterRequestStatus.Cancelled, cancelReason: reason, letter: null });
  }

  async confirm(manager: EntityManager, requestId: string, confirmed: ConfirmedFields): Promise<void> {
    await manager.update(LetterRequest, requestId, confirmed);
  }

  /** The counted letter's appeal record and, while it waits, when its outbox row is due. */
  async sentLetter(appealRecordId: string): Promise<SentLetter | undefined> {
    const [sent]: SentLetter[] = await this.dataSource.query(
      `SELECT r."language", r."messageId", r."sentAt", o."dueAt" FROM appeal_record r
         LEFT JOIN notification_outbox o ON o."appealRecordId" = r."id" WHERE r."id" = $1`,
      [appealRecordId],
    );
    return sent;
  }

  /** The requests made from the supporter's account or from their address (lower-cased), oldest first. */
  ofWriter(supporterId: string, email: string): Promise<LetterRequest[]> {
    return this.dataSource.manager.find(LetterRequest, {
      where: [{ supporterId }, { writerEmail: email }],
      order: { createdAt: 'ASC' },
    });
  }
}
