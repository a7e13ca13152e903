import type { EntityManager } from 'typeorm';
import { forgetLetterWriters } from '../notifications/outbox/forget-letter-writers';
import { deleteOneReaderMail } from '../notifications/outbox/forget-one-reader-mail';
import { NotificationKind } from '../notifications/outbox/notification-vocabulary';

export interface ErasedSupporter {
  id: string;
  email: string;
}

/**
 * Before supporters are deleted: everything the letters and the outbox hold that leads back to them. Their letters
 * lose their words and addresses and their link to the appeal (which stays counted, with no one attached); letters
 * not yet gone are cancelled; their requests lose the address and the letter; link mails to them are deleted, other
 * mail to them loses its recipient.
 */
export async function eraseWriterTraces(manager: EntityManager, supporters: ErasedSupporter[], now: Date): Promise<void> {
  if (supporters.length === 0) return;
  const ids = supporters.map((supporter) => supporter.id);
  const emails = supporters.map((supporter) => supporter.email.trim().toLowerCase());
  await deleteOneReaderMail(manager, ids, emails);
  const appeals: { id: string }[] = await manager.query(
    `SELECT "id" FROM appeal_record WHERE "supporterId" = ANY($1::uuid[])
     UNION SELECT "appealRecordId" FROM letter_request WHERE ("supporterId" = ANY($1::uuid[]) OR "writerEmail" = ANY($2::text[])) AND "appealRecordId" IS NOT NULL`,
    [ids, emails],
  );
  const [letters]: [{ contentId: string | null }[], number] = await manager.query(
    `UPDATE notification_outbox SET "appealRecordId" = NULL, "updatedAt" = now(),
       "status" = CASE WHEN "status" IN ('queued', 'held') THEN 'cancelled'::"public"."delivery_status" ELSE "status" END,
       "settledAt" = CASE WHEN "status" IN ('queued', 'held') THEN $3 ELSE "settledAt" END,
       "lastError" = CASE WHEN "status" IN ('queued', 'held') THEN 'cancelled: the writer erased their data' ELSE "lastError" END
     WHERE "kind" = $2 AND "appealRecordId" = ANY($1::uuid[]) RETURNING "contentId"`,
    [appeals.map((appeal) => appeal.id), NotificationKind.TargetMessage, now],
  );
  await forgetLetterWriters(
    manager,
    letters.flatMap((letter) => (letter.contentId ? [letter.contentId] : [])),
  );
  await manager.query(
    `UPDATE letter_request SET "writerEmail" = 'erased:' || "id", "letter" = NULL, "requesterIp" = NULL, "supporterId" = NULL
     WHERE "supporterId" = ANY($1::uuid[]) OR "writerEmail" = ANY($2::text[])`,
    [ids, emails],
  );
  await manager.query(`DELETE FROM writer_confirmation WHERE "writerEmail" = ANY($1::text[])`, [emails]);
  await manager.query(
    `UPDATE notification_outbox SET "recipient" = '', "recipientName" = NULL, "unsubscribeUrl" = NULL, "updatedAt" = now(),
       "status" = CASE WHEN "status" IN ('queued', 'held') THEN 'cancelled'::"public"."delivery_status" ELSE "status" END,
       "settledAt" = CASE WHEN "status" IN ('queued', 'held') THEN $4 ELSE "settledAt" END
     WHERE "kind" <> $3 AND ("supporterId" = ANY($1::uuid[]) OR lower("recipient") = ANY($2::text[]))`,
    [ids, emails, NotificationKind.TargetMessage, now],
  );
}
