import { DataSource } from 'typeorm';
import { waitFor } from './wait-for';
import type { TestApp } from './test-app';

/** The mail a request writes for one reader: confirmation and sign-in links. */
const LINK_MAIL_KINDS = ['subscription confirmation', 'sign-in link', 'writer confirmation'];

/**
 * Waits until the worker has sent or settled every queued link mail: mail leaves through the outbox, not the request.
 * Notices from publishing go at their own pace and are not waited for.
 */
export function outboxDrained(testApp: TestApp, timeoutMs = 60_000): Promise<unknown> {
  return waitFor(
    'the link mails in the outbox to go',
    async () => {
      const [{ queued }] = await testApp
        .get(DataSource)
        .query(`SELECT count(*)::int AS "queued" FROM notification_outbox WHERE "status" = 'queued' AND "kind"::text = ANY($1::text[])`, [
          LINK_MAIL_KINDS,
        ]);
      return queued === 0;
    },
    timeoutMs,
  );
}
