import type { EntityManager } from 'typeorm';
import type { DueMessage } from '../queues/notification-queues.service';
import { DeliveryStatus } from '../outbox/notification-vocabulary';
import { EMBARGOED_KINDS } from './embargoed-kinds';

/**
 * After an edit, the action's notices still waiting go when its embargo (as it is now) lifts: later when it was
 * extended, now when it was lifted. Rows already due are left alone: the send checks the embargo again anyway.
 * Answers the rows moved, whose send jobs must be made again with the new delay: one each (their batch's job, if
 * any, finds them not due and leaves them).
 */
export async function moveNoticesToEmbargo(manager: EntityManager, actionId: string, now: Date): Promise<DueMessage[]> {
  // TypeORM answers an UPDATE with [rows, count].
  const [rows]: [{ id: string; dueAt: Date }[], number] = await manager.query(
    `UPDATE notification_outbox o SET "dueAt" = GREATEST($2::timestamptz, COALESCE(a."embargoUntil", $2::timestamptz)), "sendBatchId" = NULL, "updatedAt" = now()
     FROM urgent_action a
     WHERE a."id" = $1 AND o."actionId" = a."id" AND o."status" = $3 AND o."kind" = ANY($4::"public"."notification_kind"[])
       AND (o."dueAt" > $2::timestamptz OR o."dueAt" < a."embargoUntil")
       AND o."dueAt" IS DISTINCT FROM GREATEST($2::timestamptz, COALESCE(a."embargoUntil", $2::timestamptz))
     RETURNING o."id", o."dueAt"`,
    [actionId, now, DeliveryStatus.Queued, EMBARGOED_KINDS],
  );
  return rows.map((row) => ({ id: row.id, dueAt: new Date(row.dueAt) }));
}
