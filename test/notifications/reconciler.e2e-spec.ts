import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { OutboxReconciler, RECONCILE_LOCK } from '../../src/notifications/reconcile/outbox-reconciler';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { flushQueueKeys } from '../support/flush-queues';
import { createNotificationsApp, NotificationsTestApp, outboxCounts, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('the reconciler after Redis loses its data', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Slow enough that the flush lands in the middle of the fan-out.
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { MAIL_RATE_PER_SECOND: '150', MAIL_CONCURRENCY: '4' });
    staff = await staffClient(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('ends a 1,000-message fan-out with exactly 1,000 emails, no duplicates, when the queue keys vanish midway', async () => {
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 12/31' }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    const { expected } = await createAudience(testApp.get(DataSource), { actionId: created.body.id, subscribers: 1000 });
    await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' });
    await waitFor('part of the fan-out to arrive', () => sink.messages.length >= 150);
    expect(await flushQueueKeys(testApp.queuePrefix)).toBeGreaterThan(0);
    const afterFlush = sink.messages.length;
    expect(afterFlush).toBeLessThan(1000);

    const report = await testApp.get(OutboxReconciler).pass();
    expect(report.ran).toBe(true);
    expect(report.requeued + report.fanoutsRequeued).toBeGreaterThan(0);
    await waitUntilSettled(testApp, 90_000);

    const recipients = sink.messages.map((mail) => (mail.to as { text: string }).text);
    expect(recipients).toHaveLength(1000);
    expect(new Set(recipients).size).toBe(1000);
    expect(new Set(recipients)).toEqual(new Set(expected));
    expect(await outboxCounts(testApp)).toEqual({ sent: 1000 });
  }, 120_000);

  it('sends nothing again when the keys vanish after everything went', async () => {
    await flushQueueKeys(testApp.queuePrefix);
    const report = await testApp.get(OutboxReconciler).pass();
    expect(report).toMatchObject({ ran: true, requeued: 0, fanoutsRequeued: 0 });
    await waitUntilSettled(testApp);
    expect(sink.messages).toHaveLength(1000);
  });

  it('runs one pass at a time across instances: a second pass while the lock is held does nothing', async () => {
    const other = new Client({ connectionString: testApp.database.url });
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock($1)', [RECONCILE_LOCK]);
      expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ ran: false });
      await other.query('SELECT pg_advisory_unlock($1)', [RECONCILE_LOCK]);
      expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ ran: true });
    } finally {
      await other.end();
    }
  });

  it('re-queues a pending message exactly once when two passes race', async () => {
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 13/31' }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    await waitUntilSettled(testApp);
    const before = sink.messages.length;
    // Rows written with no job at all, as if Redis died right after the commit.
    await testApp.get(DataSource).query(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "actionId", "dueAt")
       SELECT 'update notice', 'race-' || n, 'race-' || n || '@example.org', $1, now() - interval '1 minute' FROM generate_series(1, 20) n`,
      [created.body.id],
    );
    await testApp
      .get(DataSource)
      .query(
        `UPDATE notification_outbox SET "contentId" = (SELECT "id" FROM notification_content LIMIT 1) WHERE "dedupeKey" LIKE 'race-%'`,
      );
    const [first, second] = await Promise.all([testApp.get(OutboxReconciler).pass(), testApp.get(OutboxReconciler).pass()]);
    expect(first.requeued + second.requeued).toBe(20);
    await waitUntilSettled(testApp);
    expect(sink.messages.length - before).toBe(20);
  });

  it('puts back a send job that comes before its row is due, and sends it once the row is due', async () => {
    const dataSource = testApp.get(DataSource);
    const [content] = await dataSource.query(
      `INSERT INTO notification_content ("dedupeKey", "language", "subject", "textBody", "htmlBody") VALUES ('early', 'en', 'Early', 'Hello', '<p>Hello</p>') RETURNING "id"`,
    );
    const [{ id }] = await dataSource.query(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "dueAt", "contentId")
       VALUES ('update notice', 'early-1', 'early@example.org', $1, '${content.id}') RETURNING "id"`,
      [new Date(testApp.clock.now().getTime() + 3_600_000)],
    );
    const queues = testApp.get(NotificationQueues);
    await queues.enqueue('send message', { outboxMessageId: id });
    const job = await waitFor('the early job to be put back', async () => {
      const found = await queues.queue(NotificationQueue.Send).getJob(`send-${id}`);
      return found && (await found.getState()) === 'delayed' ? found : null;
    });
    expect(job?.attemptsMade).toBe(0);
    expect(sink.messages.some((mail) => (mail.to as { text: string }).text === 'early@example.org')).toBe(false);

    testApp.clock.set(new Date(testApp.clock.now().getTime() + 3_600_000));
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ promoted: 1 });
    await waitFor('the message once due', () => sink.messages.some((mail) => (mail.to as { text: string }).text === 'early@example.org'));
  });
});
