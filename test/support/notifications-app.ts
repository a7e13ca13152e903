import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeliveryStatus } from '../../src/notifications/outbox/notification-vocabulary';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { createTestApp, TestApp } from './test-app';
import { flushQueueKeys } from './flush-queues';
import { TestClock } from './clock';
import type { SmtpSink } from './smtp-sink';
import { waitFor } from './wait-for';

export interface NotificationsTestApp extends TestApp {
  clock: TestClock;
  queuePrefix: string;
}

/** The whole app with the worker on, sending to `sink`, on its own queue prefix and a clock the test sets. */
export async function createNotificationsApp(
  sink: SmtpSink,
  now: string,
  environment: Record<string, string> = {},
): Promise<NotificationsTestApp> {
  const clock = TestClock.at(now);
  const queuePrefix = `uatest-${randomBytes(4).toString('hex')}`;
  const testApp = await createTestApp({
    environment: {
      SMTP_URL: sink.url,
      QUEUE_PREFIX: queuePrefix,
      RUN_WORKER: 'true',
      RUN_SCHEDULER: 'false',
      MAIL_RETRY_DELAY_MS: '10',
      MAIL_RATE_PER_SECOND: '2000',
      MAIL_CONCURRENCY: '16',
      PUBLIC_URL: 'http://127.0.0.1:9',
      ...environment,
    },
    clock,
  });
  const close = testApp.close;
  // Leave nothing behind in the shared Redis.
  return Object.assign(testApp, {
    clock,
    queuePrefix,
    close: async () => {
      await close();
      await flushQueueKeys(queuePrefix);
    },
  });
}

export function outboxCounts(testApp: TestApp): Promise<Record<string, number>> {
  return testApp
    .get(DataSource)
    .query(`SELECT "status", count(*)::int AS "count" FROM notification_outbox GROUP BY "status"`)
    .then((rows: { status: DeliveryStatus; count: number }[]) => Object.fromEntries(rows.map((row) => [row.status, row.count])));
}

/** Waits until no fan-out is pending, nothing is queued and no send job is waiting, delayed-for-retry or running. */
export async function waitUntilSettled(testApp: TestApp, timeoutMs = 180_000): Promise<void> {
  const queues = testApp.get(NotificationQueues);
  await waitFor(
    'the outbox and queues to settle',
    async () => {
      const [{ pending }] = await testApp.get(DataSource).query(
        `SELECT (SELECT count(*) FROM notification_outbox WHERE "status" = 'queued' AND "kind" <> 'deadline reminder')::int
            + (SELECT count(*) FROM notification_fanout WHERE "status" = 'pending')::int AS "pending"`,
      );
      if (pending > 0) return false;
      const counts = await Promise.all(queues.all().map((queue) => queue.getJobCounts('active', 'wait', 'prioritized')));
      return counts.every((count) => (count.active ?? 0) + (count.wait ?? 0) + (count.prioritized ?? 0) === 0);
    },
    timeoutMs,
  );
}
