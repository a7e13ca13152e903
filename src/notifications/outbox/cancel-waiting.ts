import { EntityManager, FindOptionsWhere, In } from 'typeorm';
import { DeliveryStatus } from './notification-vocabulary';
import { OutboxMessage } from './outbox-message.entity';

/**
 * Cancels the matching messages that have not gone yet and returns their ids. The status test sits in the UPDATE
 * itself, so a message a worker is sending right now (its row locked) is left as the worker records it.
 */
export async function cancelWaitingMessages(
  manager: EntityManager,
  where: FindOptionsWhere<OutboxMessage>,
  reason: string,
  now: Date,
): Promise<string[]> {
  const result = await manager
    .createQueryBuilder()
    .update(OutboxMessage)
    .set({ status: DeliveryStatus.Cancelled, settledAt: now, lastError: `cancelled: ${reason}` })
    .where({ ...where, status: In([DeliveryStatus.Queued, DeliveryStatus.Held]) })
    .returning(['id'])
    .execute();
  const ids = (result.raw as { id: string }[]).map((row) => row.id);
  // A cancelled letter will never be faxed: its PDF (the supporter's name and address on it) goes now.
  if (ids.length > 0) {
    await manager.query(
      `UPDATE notification_content c SET "attachment" = NULL FROM notification_outbox o
       WHERE o."id" = ANY($1::uuid[]) AND o."contentId" = c."id" AND c."attachment" IS NOT NULL`,
      [ids],
    );
  }
  return ids;
}
