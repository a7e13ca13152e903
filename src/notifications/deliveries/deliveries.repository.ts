import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import { DeliveryStatus, NotificationKind } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { TransactionalRepository } from '../../database/transactional-repository';

export interface KindStatusCount {
  kind: string;
  status: DeliveryStatus;
  count: string;
}

/** The letters of one target not cancelled, from every action: how many wait, and their latest slots. */
export interface TargetLetterQueue {
  targetId: string;
  queued: number;
  lastQueued: Date | null;
  lastSlot: Date | null;
}

/**
 * What staff read and change of an action's deliveries: its outbox rows and fan-outs, and its targets' letter queues
 * (the action and its targets come from ActionRecordsModule).
 */
@Injectable()
export class DeliveriesRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Queues the action's failed messages again (all, or those of `ids`), due at `dueAt`, out of any send batch. */
  async requeueFailed(manager: EntityManager, actionId: string, ids: string[] | null, dueAt: Date): Promise<{ id: string; dueAt: Date }[]> {
    return (
      await manager.query(
        `UPDATE notification_outbox SET "status" = 'queued', "lastError" = NULL, "settledAt" = NULL, "dueAt" = $3, "sendBatchId" = NULL, "updatedAt" = now()
         WHERE "actionId" = $1 AND "status" = 'failed' AND ($2::uuid[] IS NULL OR "id" = ANY($2::uuid[])) RETURNING "id", "dueAt"`,
        [actionId, ids, dueAt],
      )
    )[0];
  }

  countsByKindAndStatus(actionId: string): Promise<KindStatusCount[]> {
    return this.dataSource.query(
      `SELECT "kind", "status", count(*) AS "count" FROM notification_outbox WHERE "actionId" = $1 GROUP BY "kind", "status" ORDER BY "kind", "status"`,
      [actionId],
    );
  }

  /** Failed, held and bounced messages, last settled first. */
  problemsOf(actionId: string, limit: number) {
    return this.dataSource.getRepository(OutboxMessage).find({
      select: {
        id: true,
        kind: true,
        recipient: true,
        status: true,
        attempts: true,
        lastError: true,
        dueAt: true,
        settledAt: true,
        targetId: true,
      },
      where: { actionId, status: In([DeliveryStatus.Failed, DeliveryStatus.Held, DeliveryStatus.Bounced]) },
      order: { settledAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Queued messages, soonest due first. */
  waitingOf(actionId: string, limit: number) {
    return this.dataSource.getRepository(OutboxMessage).find({
      select: { id: true, kind: true, recipient: true, dueAt: true, attempts: true, lastError: true },
      where: { actionId, status: DeliveryStatus.Queued },
      order: { dueAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  fanoutsOf(actionId: string) {
    return this.dataSource.getRepository(NotificationFanout).find({
      select: { id: true, kind: true, status: true, messagesCreated: true, lastError: true, createdAt: true, settledAt: true },
      where: { actionId },
      order: { createdAt: 'ASC' },
    });
  }

  letterQueuesOf(targetIds: string[]): Promise<TargetLetterQueue[]> {
    return this.dataSource.query(
      `SELECT "targetId", count(*) FILTER (WHERE "status" = 'queued')::int AS "queued",
              max("dueAt") FILTER (WHERE "status" = 'queued') AS "lastQueued", max("dueAt") AS "lastSlot"
       FROM notification_outbox WHERE "kind" = $2 AND "status" <> 'cancelled' AND "targetId" = ANY($1::uuid[]) GROUP BY "targetId"`,
      [targetIds, NotificationKind.TargetMessage],
    );
  }
}
