import type { EntityManager } from 'typeorm';
import { LetterRequestStatus } from './letter-request-status';

/**
 * Letters nobody confirmed before the link expired were never consented to: their words, the address and the IP
 * they came from are not kept. Removing the request also lets that writer ask again from scratch.
 */
export async function removeLapsedLetterRequests(manager: EntityManager, now: Date): Promise<number> {
  const [, removed]: [unknown, number] = await manager.query(
    `DELETE FROM letter_request r WHERE r."status" = $1
       AND NOT EXISTS (SELECT 1 FROM writer_confirmation c WHERE c."id" = r."confirmationId" AND c."confirmedAt" IS NULL AND c."expiresAt" > $2)`,
    [LetterRequestStatus.AwaitingConfirmation, now],
  );
  await manager.query('DELETE FROM writer_confirmation WHERE "confirmedAt" IS NULL AND "expiresAt" <= $1', [now]);
  return removed;
}
