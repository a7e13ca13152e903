import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DAY_MS } from './ip-daily-caps';
import { LetterRequest } from './letter-request.entity';
import { LetterRequestStatus } from './letter-request-status';
import { WriterConfirmation } from './writer-confirmation.entity';

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

/** Letter requests as the send path reads them: few round trips, because every writer's request holds a lock. */
@Injectable()
export class LetterRequestsRepository {
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
}
