import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { SendingConfig } from '../../config/sending.config';
import { EMBARGOED_KINDS } from '../embargo/embargoed-kinds';
import { holdForEmbargo } from '../embargo/hold-for-embargo';
import { forgetLetterWritersStatement } from '../outbox/forget-letter-writers';
import { forgetOneReaderMailStatement } from '../outbox/forget-one-reader-mail';
import { DeliveryStatus } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';

/** A claimed row, with whether its target's address is flagged (read with the claim, not in a query of its own). */
export type ClaimedMessage = OutboxMessage & { targetFlagged: boolean };

export type ClaimOutcome =
  { claimed: ClaimedMessage } | { claimed: null; result: 'not queued' } | { claimed: null; result: 'busy' | 'not due'; until: Date };

export interface SentSettlement {
  id: string;
  messageId: string;
  appealRecordId: string | null;
  /** The content the row went with: a letter's writer or a one-reader link is forgotten in the settling statement. */
  contentId: string | null;
}

export interface FailedSettlement {
  id: string;
  reason: string;
  final: boolean;
}

const BATCH = 100;
/**
 * Sent settlements wait this long to share one statement. Rows sent meanwhile by a worker that is killed are sent
 * again (under the same Message-ID): the window is the price of not committing once per message.
 */
const SETTLE_WINDOW_MS = 20;
const SETTLE_TRIES = 4;
/** TypeORM answers UPDATE … RETURNING with [rows, count]. */
const rowsOf = <T>(result: unknown): T[] => (Array.isArray(result) && Array.isArray(result[0]) ? result[0] : result) as T[];

/**
 * Claims and settles outbox rows in short statements, so no transaction or row lock is held while SMTP answers.
 * A claim is a lease: the row stays 'queued' with a holder and an expiry, and only an expired lease can be claimed
 * again. A notice whose action is under embargo is not claimed: it is moved to when the embargo lifts (checked
 * when it is sent, not only when it was written). Concurrent claims and settlements of one process are coalesced into one statement each (DataLoader), so
 * the database work per message is a fraction of a round trip.
 */
@Injectable()
export class OutboxLeasesRepository {
  readonly holder = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;

  private readonly claims = new DataLoader<string, ClaimOutcome>((ids) => this.claimBatch(ids), {
    cache: false,
    maxBatchSize: BATCH,
    batchScheduleFn: (run) => setImmediate(run),
  });

  private readonly sent = new DataLoader<SentSettlement, true>((rows) => this.settleSentBatch(rows), {
    cache: false,
    maxBatchSize: BATCH,
    batchScheduleFn: (run) => setTimeout(run, SETTLE_WINDOW_MS),
  });

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SendingConfig) private readonly sending: SendingConfig,
  ) {}

  claim(id: string): Promise<ClaimOutcome> {
    return this.claims.load(id);
  }

  /** Claims rows together (one statement for up to a hundred), each answered as claim() would. */
  async claimMany(ids: readonly string[]): Promise<ClaimOutcome[]> {
    const outcomes = await this.claims.loadMany(ids);
    return outcomes.map((outcome) => {
      if (outcome instanceof Error) throw outcome;
      return outcome;
    });
  }

  /** Extends the leases this worker still holds on these rows, while they wait for their turn to be sent. */
  async renew(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_outbox SET "leaseExpiresAt" = $3 WHERE "id" = ANY($1::uuid[]) AND "leasedBy" = $2 AND "status" = 'queued'`,
      [ids, this.holder, new Date(this.clock.now().getTime() + this.sending.leaseMs)],
    );
  }

  /** Gives up this worker's leases on rows it claimed but did not try (no attempt is counted). */
  async release(ids: readonly string[]): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_outbox SET "leasedBy" = NULL, "leaseExpiresAt" = NULL WHERE "id" = ANY($1::uuid[]) AND "leasedBy" = $2 AND "status" = 'queued'`,
      [ids, this.holder],
    );
  }

  /** Rows that go on in jobs of their own: their job id is their own again (see sendJobIdOf). */
  async leaveBatch(ids: readonly string[]): Promise<void> {
    await this.dataSource.query('UPDATE notification_outbox SET "sendBatchId" = NULL WHERE "id" = ANY($1::uuid[])', [ids]);
  }

  /** The queued row due the longest, whose lease (if any) has run out: the one a relay probe tries. */
  async oldestDueUnleased(now: Date): Promise<string | null> {
    const [due]: { id: string }[] = await this.dataSource.query(
      `SELECT "id" FROM notification_outbox WHERE "status" = 'queued' AND "dueAt" <= $1 AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= $1)
       ORDER BY "dueAt" LIMIT 1`,
      [now],
    );
    return due ? due.id : null;
  }

  /** Why rows were not claimed: gone or settled, leased by another worker, not due yet, or held for an embargo. */
  private async unclaimed(ids: readonly string[], now: Date): Promise<Map<string, ClaimOutcome>> {
    const rows: Pick<OutboxMessage, 'id' | 'status' | 'dueAt' | 'leaseExpiresAt' | 'kind' | 'actionId'>[] = await this.dataSource.query(
      'SELECT "id", "status", "dueAt", "leaseExpiresAt", "kind", "actionId" FROM notification_outbox WHERE "id" = ANY($1::uuid[])',
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const outcomes = new Map<string, ClaimOutcome>();
    for (const id of ids) {
      const row = byId.get(id);
      if (!row || row.status !== DeliveryStatus.Queued) {
        outcomes.set(id, { claimed: null, result: 'not queued' });
      } else if (row.leaseExpiresAt && row.leaseExpiresAt.getTime() > now.getTime()) {
        outcomes.set(id, { claimed: null, result: 'busy', until: row.leaseExpiresAt });
      } else if (row.dueAt.getTime() > now.getTime()) {
        outcomes.set(id, { claimed: null, result: 'not due', until: row.dueAt });
      } else {
        const embargoLifts = await holdForEmbargo(this.dataSource.manager, row, now);
        // Without an embargo it became claimable between the two statements (a lease just ran out): come back at once.
        outcomes.set(
          id,
          embargoLifts ? { claimed: null, result: 'not due', until: embargoLifts } : { claimed: null, result: 'busy', until: now },
        );
      }
    }
    return outcomes;
  }

  settleSent(settlement: SentSettlement): Promise<true> {
    return this.sent.load(settlement);
  }

  /** Counts the attempt and gives the lease up; a final failure settles the row as failed. */
  async settleFailed(failure: FailedSettlement): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_outbox SET "attempts" = "attempts" + 1, "lastError" = $2, "leasedBy" = NULL, "leaseExpiresAt" = NULL,
         "status" = CASE WHEN $3 THEN 'failed'::delivery_status ELSE "status" END,
         "settledAt" = CASE WHEN $3 THEN $4::timestamptz ELSE "settledAt" END, "updatedAt" = now()
       WHERE "id" = $1 AND "status" = 'queued'`,
      [failure.id, failure.reason, failure.final, this.clock.now()],
    );
  }

  /** Settles a claimed row without an attempt: cancelled, or held for staff. */
  async settleUnsent(id: string, status: DeliveryStatus.Cancelled | DeliveryStatus.Held, reason: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_outbox SET "status" = $2::delivery_status, "lastError" = $3, "leasedBy" = NULL, "leaseExpiresAt" = NULL,
         "settledAt" = $4, "updatedAt" = now()
       WHERE "id" = $1 AND "status" = 'queued'`,
      // A held row is not settled: it goes back to the queue when staff clear the target's flag.
      [id, status, reason, status === DeliveryStatus.Cancelled ? this.clock.now() : null],
    );
  }

  private async claimBatch(ids: readonly string[]): Promise<ClaimOutcome[]> {
    const now = this.clock.now();
    const rows = rowsOf<ClaimedMessage>(
      await this.dataSource.query(
        `UPDATE notification_outbox SET "leasedBy" = $2, "leaseExpiresAt" = $3
       WHERE "id" = ANY($1::uuid[]) AND "status" = 'queued' AND "dueAt" <= $4 AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= $4)
         AND NOT ("kind" = ANY($5::notification_kind[]) AND EXISTS (
           SELECT 1 FROM urgent_action a WHERE a."id" = notification_outbox."actionId" AND a."embargoUntil" > $4))
       RETURNING *, EXISTS (SELECT 1 FROM target t WHERE t."id" = notification_outbox."targetId" AND t."emailUndeliverableAt" IS NOT NULL) AS "targetFlagged"`,
        [ids, this.holder, new Date(now.getTime() + this.sending.leaseMs), now, EMBARGOED_KINDS],
      ),
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    const missing = ids.filter((id) => !byId.has(id));
    const unclaimed = missing.length > 0 ? await this.unclaimed(missing, now) : new Map<string, ClaimOutcome>();
    // Two jobs of this process asking for the same row in one tick: only the first holds the claim.
    const leaseUntil = new Date(now.getTime() + this.sending.leaseMs);
    const given = new Set<string>();
    return ids.map((id): ClaimOutcome => {
      const claimed = byId.get(id);
      if (!claimed) return unclaimed.get(id) as ClaimOutcome;
      if (given.has(id)) return { claimed: null, result: 'busy', until: leaseUntil };
      given.add(id);
      return { claimed };
    });
  }

  /**
   * Sent is the truth once the relay accepted, even if the lease ran out meanwhile or staff cancelled the row: so
   * the only rows left alone are those already settled as sent (by a worker that took the expired lease over).
   */
  private async settleSentBatch(settlements: readonly SentSettlement[]): Promise<true[]> {
    // In the order a claim locks rows (by id), so that a claim and a settlement rarely deadlock on each other.
    const sorted = [...settlements].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    // Sent mail whose row stays queued is sent again once its lease runs out: a settlement is worth a few more tries.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.writeSent(sorted);
        return settlements.map(() => true);
      } catch (error) {
        if (attempt >= SETTLE_TRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
      }
    }
  }

  /**
   * A row reads 'sent' only once what it carried for its reader alone is gone: a letter's writer (name, city, own
   * paragraph, reply-to, a fax's PDF) and a one-reader mail's link. One statement, so no reader sees a sent letter
   * that still names its writer, and no crash between two steps keeps the writer for good.
   */
  private async writeSent(settlements: readonly SentSettlement[]): Promise<void> {
    const contentIds = [...new Set(settlements.flatMap((settlement) => (settlement.contentId ? [settlement.contentId] : [])))];
    await this.dataSource.query(
      `WITH settled AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[]) AS s("id", "messageId", "appealRecordId")),
       outbox AS (
         UPDATE notification_outbox o SET "status" = 'sent', "attempts" = o."attempts" + 1, "messageId" = settled."messageId",
           "lastError" = NULL, "settledAt" = $4, "leasedBy" = NULL, "leaseExpiresAt" = NULL, "updatedAt" = now()
         FROM settled WHERE o."id" = settled."id" AND o."status" <> 'sent' RETURNING o."id"),
       letters AS (${forgetLetterWritersStatement('$5')}),
       links AS (${forgetOneReaderMailStatement('$5')})
       UPDATE appeal_record a SET "messageId" = settled."messageId" FROM settled WHERE a."id" = settled."appealRecordId"`,
      [
        settlements.map((s) => s.id),
        settlements.map((s) => s.messageId),
        settlements.map((s) => s.appealRecordId),
        this.clock.now(),
        contentIds,
      ],
    );
  }
}
