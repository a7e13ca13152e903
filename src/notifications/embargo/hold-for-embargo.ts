import type { EntityManager } from 'typeorm';
import type { OutboxMessage } from '../outbox/outbox-message.entity';
import { EMBARGOED_KINDS } from './embargoed-kinds';

/**
 * Checked when a notice is about to go, not only when it was written: an embargo set or extended since then still
 * holds it. Moves the row to the instant the embargo lifts and answers that instant; null when the notice may go.
 */
export async function holdForEmbargo(
  manager: EntityManager,
  message: Pick<OutboxMessage, 'id' | 'kind' | 'actionId'>,
  now: Date,
): Promise<Date | null> {
  if (!message.actionId || !EMBARGOED_KINDS.includes(message.kind)) return null;
  // TypeORM answers an UPDATE with [rows, count].
  const [rows]: [{ embargoUntil: Date }[], number] = await manager.query(
    `UPDATE notification_outbox o SET "dueAt" = a."embargoUntil", "updatedAt" = now() FROM urgent_action a
     WHERE o."id" = $1 AND a."id" = o."actionId" AND a."embargoUntil" > $2 RETURNING a."embargoUntil"`,
    [message.id, now],
  );
  return rows[0] ? new Date(rows[0].embargoUntil) : null;
}
