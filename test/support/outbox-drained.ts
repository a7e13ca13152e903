import { DataSource } from 'typeorm';
import { waitFor } from '../notifications/support/wait-for';
import type { TestApp } from './test-app';

/** Waits until the worker has sent or settled every queued message: mail leaves through the outbox, not the request. */
export function outboxDrained(testApp: TestApp, timeoutMs = 30_000): Promise<unknown> {
  return waitFor('the outbox to drain', async () => {
    const [{ queued }] = await testApp.get(DataSource).query(
      `SELECT count(*)::int AS "queued" FROM notification_outbox WHERE "status" = 'queued' AND "kind" <> 'deadline reminder'`);
    return queued === 0;
  }, timeoutMs);
}
