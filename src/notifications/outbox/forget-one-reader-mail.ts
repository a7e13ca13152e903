import type { EntityManager } from 'typeorm';
import { ONE_READER_CONTENT_PREFIX } from './mail-outbox';

/** The statement that clears the one-reader mail among the contents `idsParameter` names (a uuid array). */
export const forgetOneReaderMailStatement = (idsParameter: string): string =>
  `UPDATE notification_content SET "textBody" = '', "htmlBody" = '', "attachment" = NULL
   WHERE "id" = ANY(${idsParameter}::uuid[]) AND "dedupeKey" LIKE '${ONE_READER_CONTENT_PREFIX}%'`;

/** Clears the words (and so the link, or a test letter's PDF) of one-reader mail that has gone; the subject and language stay. */
export async function forgetOneReaderMail(manager: EntityManager, contentIds: string[]): Promise<void> {
  if (contentIds.length === 0) return;
  await manager.query(forgetOneReaderMailStatement('$1'), [contentIds]);
}

/** Deletes the link mails written to these supporters or addresses (their erasure), with their words. */
export async function deleteOneReaderMail(manager: EntityManager, supporterIds: string[], emails: string[]): Promise<void> {
  await manager.query(
    `WITH gone AS (DELETE FROM notification_outbox WHERE "dedupeKey" LIKE $3 AND ("supporterId" = ANY($1::uuid[]) OR lower("recipient") = ANY($2::text[])) RETURNING "contentId")
     DELETE FROM notification_content WHERE "id" IN (SELECT "contentId" FROM gone) AND "dedupeKey" LIKE $3`,
    [supporterIds, emails, `${ONE_READER_CONTENT_PREFIX}%`],
  );
}
