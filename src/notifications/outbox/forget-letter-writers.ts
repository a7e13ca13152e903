import type { EntityManager } from 'typeorm';
import { DeliveryStatus, NotificationKind } from './notification-vocabulary';

/**
 * What a letter's content holds of its writer: the words (their name, city and own paragraph), the name it went
 * under, the reply-to address and a fax's PDF. The subject, language, copies and fax number stay for the records.
 * Only a letter's own content (stored per message under "target:") is touched, never a notice shared by many.
 */
const FORGET_WRITER = `"textBody" = '', "htmlBody" = '', "fromName" = NULL, "replyToName" = NULL, "replyToAddress" = NULL,
  "headers" = NULL, "attachment" = NULL, "attachmentName" = NULL`;
const HOLDS_WRITER = `c."dedupeKey" LIKE 'target:%' AND (c."textBody" <> '' OR c."replyToAddress" IS NOT NULL OR c."fromName" IS NOT NULL OR c."attachment" IS NOT NULL)`;

/** The statement that clears the writer from the letters among the contents `idsParameter` names (a uuid array). */
export const forgetLetterWritersStatement = (idsParameter: string): string =>
  `UPDATE notification_content c SET ${FORGET_WRITER} WHERE c."id" = ANY(${idsParameter}::uuid[]) AND ${HOLDS_WRITER}`;

/** Clears the writer from these letters' contents (a letter that has gone, or whose writer erased their data). */
export async function forgetLetterWriters(manager: EntityManager, contentIds: string[]): Promise<number> {
  if (contentIds.length === 0) return 0;
  // TypeORM answers an UPDATE with [rows, count].
  const [, count]: [unknown[], number] = await manager.query(forgetLetterWritersStatement('$1'), [contentIds]);
  return count;
}

/** Letters that failed or were cancelled before `settledBefore` lose what they held of their writer. */
export async function forgetSettledLetters(manager: EntityManager, settledBefore: Date): Promise<number> {
  const [, count]: [unknown[], number] = await manager.query(
    `UPDATE notification_content c SET ${FORGET_WRITER} FROM notification_outbox o
     WHERE o."contentId" = c."id" AND o."kind" = $1 AND o."status" = ANY($2::"public"."delivery_status"[]) AND o."settledAt" < $3 AND ${HOLDS_WRITER}`,
    [NotificationKind.TargetMessage, [DeliveryStatus.Failed, DeliveryStatus.Cancelled], settledBefore],
  );
  return count;
}
