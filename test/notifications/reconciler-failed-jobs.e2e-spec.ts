import { randomUUID } from 'node:crypto';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { redisOptions } from '../../src/notifications/queues/queue-settings';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { JobHandlers } from '../../src/notifications/worker/job-handlers';
import { NotificationWorkers } from '../../src/notifications/worker/notification-workers';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, outboxCounts, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('the reconciler and jobs that failed for good without settling their row', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // The app's worker starts later: first a worker that fails every job, as one whose database is down would.
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { RUN_WORKER: 'false' });
    staff = await staffClient(testApp, 'admin');
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  /** Works `queue` with a handler that fails every job for good, until at least `count` jobs sit in its failed set and none waits. */
  async function failEveryJob(queue: string, count: number): Promise<void> {
    const failing = new Worker(
      queue,
      async (job: Job) => {
        throw new UnrecoverableError(`PostgreSQL is down (${job.id})`);
      },
      {
        connection: redisOptions(testApp.config.redis),
        prefix: testApp.config.redis.keyPrefix,
      },
    );
    try {
      await waitFor(`${count} failed ${queue} jobs`, async () => {
        const counts = await testApp
          .get(NotificationQueues)
          .queue(queue as never)
          .getJobCounts('failed', 'wait', 'active', 'delayed');
        return (counts.failed ?? 0) >= count && (counts.wait ?? 0) + (counts.active ?? 0) + (counts.delayed ?? 0) === 0;
      });
    } finally {
      await failing.close();
    }
  }

  it('sends a fan-out whose job failed for good and messages whose send jobs failed for good', async () => {
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 51/31' }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    const { expected } = await createAudience(testApp.get(DataSource), { actionId: created.body.id, subscribers: 30 });
    await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' });
    await failEveryJob(NotificationQueue.Fanout, 2);
    const [{ pending }] = await testApp
      .get(DataSource)
      .query(`SELECT count(*)::int AS "pending" FROM notification_fanout WHERE "status" = 'pending'`);
    expect(pending).toBe(2);

    // The fan-outs run again; their messages are written, and every send job fails for good.
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ fanoutsRequeued: 2 });
    const fanoutWorker = new Worker(NotificationQueue.Fanout, (job) => testApp.get(JobHandlers).handle(job), {
      connection: redisOptions(testApp.config.redis),
      prefix: testApp.config.redis.keyPrefix,
    });
    try {
      await waitFor(
        'both fan-outs done',
        async () =>
          (await testApp.get(DataSource).query(`SELECT count(*)::int AS "done" FROM notification_fanout WHERE "status" = 'done'`))[0]
            .done === 2,
      );
    } finally {
      await fanoutWorker.close();
    }
    // A fan-out's rows are woken fifty to a job: the 30 messages had one send job (or one per fan-out) and it failed.
    await failEveryJob(NotificationQueue.Send, 1);
    expect(await outboxCounts(testApp)).toEqual({ queued: 30 });

    const report = await testApp.get(OutboxReconciler).pass();
    expect(report.requeued).toBe(30);
    testApp.get(NotificationWorkers).start();
    await waitUntilSettled(testApp);
    expect(await outboxCounts(testApp)).toEqual({ sent: 30 });
    const recipients = sink.messages.map((mail) => (mail.to as { text: string }).text);
    expect(recipients.sort()).toEqual([...expected].sort());
  });
});

describe('the reconciler and what a worker leaves behind after Redis lost its data', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z');
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('sends a queued message whose job is only a partial hash, as a worker finishing a deleted job leaves it', async () => {
    const dataSource = testApp.get(DataSource);
    const [content] = await dataSource.query(
      `INSERT INTO notification_content ("dedupeKey", "language", "subject", "textBody", "htmlBody") VALUES ('zombie', 'en', 'Zombie', 'Hello', '<p>Hello</p>') RETURNING "id"`,
    );
    const [{ id }] = await dataSource.query(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "dueAt", "contentId") VALUES ('update notice', 'zombie-1', 'zombie@example.org', $1, $2) RETURNING "id"`,
      [testApp.clock.now(), content.id],
    );
    // What moveToFinished writes on a job key that FLUSH deleted: a few fields, no name, no creation time.
    const queue = testApp.get(NotificationQueues).queue(NotificationQueue.Send);
    const redis = new Redis(testApp.config.redis.url);
    try {
      await redis.hset(queue.toKey(`send-${id}`), 'finishedOn', String(Date.now()), 'processedOn', String(Date.now()));
      await redis.zadd(queue.toKey('failed'), Date.now(), `send-${id}`);
    } finally {
      redis.disconnect();
    }
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ requeued: 1 });
    await waitUntilSettled(testApp);
    expect(sink.messages.map((mail) => mail.subject)).toEqual(['Zombie']);
  });

  it('sends a batch whose job is left in no state, as when the wait list went while the job was being added', async () => {
    const dataSource = testApp.get(DataSource);
    const [content] = await dataSource.query(
      `INSERT INTO notification_content ("dedupeKey", "language", "subject", "textBody", "htmlBody") VALUES ('orphan', 'en', 'Orphan', 'Hello', '<p>Hello</p>') RETURNING "id"`,
    );
    const batchId = randomUUID();
    const [{ id }] = await dataSource.query(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "dueAt", "contentId", "sendBatchId") VALUES ('update notice', 'orphan-1', 'orphan@example.org', $1, $2, $3) RETURNING "id"`,
      [new Date(testApp.clock.now().getTime() - 120_000), content.id, batchId],
    );
    // The job's hash as addBulk writes it, but in no list: no worker will ever take it.
    const queue = testApp.get(NotificationQueues).queue(NotificationQueue.Send);
    const redis = new Redis(testApp.config.redis.url);
    try {
      await redis.hset(
        queue.toKey(`send-batch-${batchId}`),
        'name',
        'send batch',
        'timestamp',
        String(Date.now()),
        'delay',
        '0',
        'data',
        JSON.stringify({ batchId, outboxMessageIds: [id] }),
        'opts',
        JSON.stringify({ attempts: 3 }),
      );
    } finally {
      redis.disconnect();
    }
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ requeued: 1 });
    await waitUntilSettled(testApp);
    expect(sink.messages.filter((mail) => mail.subject === 'Orphan')).toHaveLength(1);
  });
});
