import type { EntityManager } from 'typeorm';
import { NotificationKind } from '../notifications/outbox/notification-vocabulary';
import type { ErasedSupporter } from './writer-traces';

/**
 * For a supporter's data export: the letters the system was asked to send in their name (from their account or
 * their address), as far as we still hold them, and the requests behind them.
 */
export async function writerData(manager: EntityManager, supporter: ErasedSupporter) {
  const email = supporter.email.trim().toLowerCase();
  const letterRequests: object[] = await manager.query(
    `SELECT "id", "actionId", "targetId", "channel", "status", "writerEmail", "letter", "requesterIp", "createdAt", "confirmedAt", "appealRecordId"
     FROM letter_request WHERE "supporterId" = $1 OR "writerEmail" = $2 ORDER BY "createdAt"`, [supporter.id, email]);
  const letters: object[] = await manager.query(
    `SELECT o."appealRecordId", o."actionId", o."targetId", o."status", o."dueAt", o."settledAt", c."subject", c."language",
            c."fromName", c."replyToName", c."replyToAddress", c."textBody" AS "text", c."faxNumber", c."attachment" IS NOT NULL AS "holdsFaxPdf"
     FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId"
     WHERE o."kind" = $3 AND o."appealRecordId" IN (
       SELECT "id" FROM appeal_record WHERE "supporterId" = $1
       UNION SELECT "appealRecordId" FROM letter_request WHERE ("supporterId" = $1 OR "writerEmail" = $2) AND "appealRecordId" IS NOT NULL)
     ORDER BY o."createdAt"`, [supporter.id, email, NotificationKind.TargetMessage]);
  return { letters, letterRequests };
}
