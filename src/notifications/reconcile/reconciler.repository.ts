import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import { FanoutStatus } from '../outbox/notification-vocabulary';

/** Serialises reconciler passes across every instance sharing the database. */
export const RECONCILE_LOCK = 727_104;

export interface QueuedRow {
  id: string;
  dueAt: Date;
  sendBatchId: string | null;
}

/**
 * What a reconciler pass reads and writes. A pass holds a session lock on one connection, and every statement of the
 * pass runs on that connection: the methods take the manager `underPassLock` gives.
 */
@Injectable()
export class ReconcilerRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs `pass` holding the reconciler's lock; answers null, running nothing, when another pass holds it. */
  async underPassLock<T>(pass: (manager: EntityManager) => Promise<T>): Promise<{ value: T } | null> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ locked }] = await runner.query('SELECT pg_try_advisory_lock($1) AS "locked"', [RECONCILE_LOCK]);
      if (!locked) return null;
      try {
        return { value: await pass(runner.manager) };
      } finally {
        await runner.query('SELECT pg_advisory_unlock($1)', [RECONCILE_LOCK]);
      }
    } finally {
      await runner.release();
    }
  }

  /** Up to `size` queued rows after `afterId`, by id. */
  queuedAfter(manager: EntityManager, afterId: string, size: number): Promise<QueuedRow[]> {
    return manager.query(
      `SELECT "id", "dueAt", "sendBatchId" FROM notification_outbox WHERE "status" = 'queued' AND "id" > $1 ORDER BY "id" LIMIT ${size}`,
      [afterId],
    );
  }

  async setSendBatches(manager: EntityManager, rows: { id: string; sendBatchId?: string | null }[]): Promise<void> {
    await manager.query(
      `UPDATE notification_outbox o SET "sendBatchId" = w."sendBatchId" FROM unnest($1::uuid[], $2::uuid[]) AS w("id", "sendBatchId") WHERE o."id" = w."id"`,
      [rows.map((row) => row.id), rows.map((row) => row.sendBatchId)],
    );
  }

  /** Rows held for a flagged target whose flag staff cleared go back to the queue, out of any batch; answers them. */
  async releaseHeld(manager: EntityManager): Promise<{ id: string; dueAt: Date }[]> {
    const result: unknown[] = await manager.query(
      `UPDATE notification_outbox o SET "status" = 'queued', "lastError" = NULL, "sendBatchId" = NULL FROM target t
       WHERE o."status" = 'held' AND o."targetId" = t."id" AND t."emailUndeliverableAt" IS NULL RETURNING o."id", o."dueAt"`,
    );
    // TypeORM answers an UPDATE with [rows, count].
    return (Array.isArray(result[0]) ? result[0] : result) as { id: string; dueAt: Date }[];
  }

  async pendingFanouts(manager: EntityManager): Promise<string[]> {
    const pending = await manager.find(NotificationFanout, { select: { id: true }, where: { status: FanoutStatus.Pending } });
    return pending.map((fanout) => fanout.id);
  }
}
