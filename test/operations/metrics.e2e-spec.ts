import { DataSource } from 'typeorm';
import { NotificationWorkers } from '../../src/notifications/worker/notification-workers';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { createAudience } from '../support/audience';
import { flushQueueKeys } from '../support/flush-queues';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';
import { scrape } from '../support/scrape';

const METRICS_TOKEN = 'a-metrics-token-for-tests';

describe('/metrics: the outbox, the queues, SMTP and HTTP as Prometheus reads them, before and after a fan-out', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;

  beforeAll(async () => {
    sink = await startSmtpSink();
    // The worker starts later, so the jobs wait in the queues first. Four days before a Berlin office's 7-day reminder… less one.
    testApp = await createNotificationsApp(sink, '2031-03-24T12:00:00Z', {
      RUN_WORKER: 'false',
      METRICS_TOKEN,
      OUTBOX_METRICS_RECOUNT_SECONDS: '0',
    });
    staff = await staffClient(testApp, 'admin');
    const section = await staff.post('/api/sections', {
      code: 'DE',
      country: 'DE',
      name: 'German section',
      languages: ['de'],
      timeZone: 'Europe/Berlin',
      contactEmail: 'ua@de.example.org',
    });
    expect(section.status).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('counts the outbox by kind and status, the jobs by queue and state, the reminders due, the failures by class and the SMTP times', async () => {
    const created = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 19/31', appealDeadline: '2031-04-02', appealDeadlineTimeZone: 'Europe/Berlin' }),
    );
    expect((await staff.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    const { expected } = await createAudience(testApp.get(DataSource), { actionId: created.body.id, subscribers: 40 });
    const refused = new Set(expected.slice(0, 2));
    sink.refuse = (recipient) => (refused.has(recipient) ? { code: 550, message: '5.1.1 no such mailbox' } : null);
    expect(
      (await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' })).status,
    ).toBe(201);

    const before = await scrape(testApp.baseUrl);
    // The publication's and the update's fan-outs wait for a worker; nothing has reached the outbox but the office's reminders.
    expect(before.value('ua_queue_jobs', { queue: 'notification-fanout', state: 'waiting' })).toBe(2);
    expect(before.value('ua_outbox_messages', { kind: 'update notice', status: 'queued' })).toBe(0);
    expect(before.value('ua_outbox_messages', { kind: 'update notice', status: 'sent' })).toBe(0);
    expect(before.value('ua_outbox_messages', { kind: 'deadline reminder', status: 'queued' })).toBe(3);
    // 7 days before: 25 March, 09:00 in Berlin, 20 hours away. The 2-day and last-day reminders are further off.
    expect(before.value('ua_reminders_due')).toBe(1);
    expect(before.value('ua_queue_jobs', { queue: 'notification-send', state: 'delayed' })).toBe(3);
    expect(before.sum('ua_delivery_failures_total')).toBe(0);
    expect(before.value('ua_delivery_failures_total', { class: 'recipient' })).toBe(0);
    expect(before.value('http_request_duration_seconds_count', { method: 'POST', route: '/api/actions/:id/updates', status: '201' })).toBe(
      1,
    );

    testApp.get(NotificationWorkers).start();
    await waitUntilSettled(testApp);
    const after = await scrape(testApp.baseUrl);
    expect(after.value('ua_queue_jobs', { queue: 'notification-fanout', state: 'waiting' })).toBe(0);
    expect(after.value('ua_queue_jobs', { queue: 'notification-send', state: 'waiting' })).toBe(0);
    expect(after.value('ua_queue_jobs', { queue: 'notification-send', state: 'delayed' })).toBe(3);
    expect(after.value('ua_outbox_messages', { kind: 'update notice', status: 'sent' })).toBe(38);
    expect(after.value('ua_outbox_messages', { kind: 'update notice', status: 'failed' })).toBe(2);
    expect(after.value('ua_outbox_messages', { kind: 'new action notice', status: 'sent' })).toBe(1);
    expect(after.value('ua_delivery_failures_total', { class: 'recipient' })).toBe(2);
    expect(after.value('ua_delivery_failures_total', { class: 'relay' })).toBe(0);
    expect(after.value('ua_smtp_send_seconds_count', { result: 'sent' })).toBe(39);
    expect(after.value('ua_smtp_send_seconds_count', { result: 'failed' })).toBe(2);
    expect(after.value('ua_smtp_send_seconds_bucket', { result: 'sent', le: '+Inf' })).toBe(39);
  }, 120_000);

  it('records requests by route template, never by a path holding an id or a token', async () => {
    const token = 'eyJwdXJwb3NlIjoic3VwcG9ydGVyLXNlc3Npb24ifQ.c2lnbmF0dXJlLW9mLWEtdG9rZW4';
    await fetch(`${testApp.baseUrl}/my/session/${token}`);
    await fetch(`${testApp.baseUrl}/no/such/${token}`);
    const text = await (await fetch(`${testApp.baseUrl}/metrics`)).text();
    expect(text).not.toContain(token);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/my\/session\/:token",status="\d+"\} 1/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="GET",route="unmatched",status="404"\} 1/);
  });

  it('answers loopback callers, and checks a bearer token when one is sent', async () => {
    expect((await fetch(`${testApp.baseUrl}/metrics`)).status).toBe(200);
    expect((await fetch(`${testApp.baseUrl}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).status).toBe(200);
    const wrong = await fetch(`${testApp.baseUrl}/metrics`, { headers: { authorization: 'Bearer not-the-metrics-token' } });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('ua_outbox_messages');
    expect((await fetch(`${testApp.baseUrl}/api/metrics`)).status).toBe(404);
  });
});

describe('a worker process: its own /metrics and health on WORKER_METRICS_PORT', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let worker: WorkerProcess;
  let workerUrl: string;
  const queuePrefix = `uatest-metrics-${process.pid}`;

  beforeAll(async () => {
    sink = await startSmtpSink();
    api = await createTestApp({ environment: { SMTP_URL: sink.url, QUEUE_PREFIX: queuePrefix, RUN_WORKER: 'false' } });
    worker = await startWorkerProcess({
      DATABASE_URL: api.database.url,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
      MAIL_RETRY_DELAY_MS: '10',
      WORKER_METRICS_PORT: '0',
      OUTBOX_METRICS_RECOUNT_SECONDS: '0',
    });
    workerUrl = /metrics and health at (http:\/\/\S+)/.exec(worker.output())![1];
  }, 90_000);

  afterAll(async () => {
    if (worker.process.exitCode === null) worker.process.kill('SIGTERM');
    await worker.exited;
    await api.close();
    await sink.close();
    await flushQueueKeys(queuePrefix);
  });

  it('reports the sends the worker made, and is live and ready while the database, Redis and the relay answer', async () => {
    const staff = await staffClient(api, 'admin');
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 20/31' }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    await createAudience(api.get(DataSource), { actionId: created.body.id, subscribers: 25 });
    expect(
      (await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' })).status,
    ).toBe(201);
    await waitFor(
      '25 update notices sent by the worker process',
      async () => (await scrape(workerUrl)).value('ua_outbox_messages', { kind: 'update notice', status: 'sent' }) === 25,
      60_000,
    );
    const figures = await scrape(workerUrl);
    expect(figures.value('ua_smtp_send_seconds_count', { result: 'sent' })).toBe(25);
    expect(figures.value('process_resident_memory_bytes')).toBeGreaterThan(0);
    // The API process sent nothing itself.
    expect((await scrape(api.baseUrl)).value('ua_smtp_send_seconds_count', { result: 'sent' })).toBe(0);

    expect((await fetch(`${workerUrl}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${workerUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ok',
      details: { database: { status: 'up' }, redis: { status: 'up' }, relay: { status: 'up' } },
    });
    expect((await fetch(`${workerUrl}/elsewhere`)).status).toBe(404);
  }, 90_000);
});

describe('readiness when the relay does not answer', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp({ environment: { SMTP_URL: 'smtp://127.0.0.1:9' } });
  });
  afterAll(() => api.close());

  it('is still live, but not ready, and says the relay is why', async () => {
    expect((await fetch(`${api.baseUrl}/api/health/live`)).status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(503);
    const body: any = await ready.json();
    expect(body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' }, relay: { status: 'down' } });
    expect(body.details.relay.message).toBe('the SMTP relay did not accept a connection (ESOCKET ECONNREFUSED)');
    expect(JSON.stringify(body)).not.toContain('127.0.0.1:9');
  });
});

describe('ua_outbox_messages on a long history', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await createTestApp();
  });
  afterAll(() => api.close());

  it('counts queued and held rows at every scrape, and recounts the settled history only every OUTBOX_METRICS_RECOUNT_SECONDS', async () => {
    const addRow = (status: string, n: number) =>
      api
        .get(DataSource)
        .query(
          `INSERT INTO notification_outbox ("kind", "status", "dedupeKey", "recipient", "dueAt") VALUES ('digest', $1, $2, 'someone@example.org', now())`,
          [status, `metrics-${status}-${n}`],
        );
    const first = await scrape(api.baseUrl);
    expect(first.value('ua_outbox_messages', { kind: 'digest', status: 'sent' })).toBe(0);
    await addRow('sent', 1);
    await addRow('queued', 1);
    await addRow('held', 1);
    const second = await scrape(api.baseUrl);
    expect(second.value('ua_outbox_messages', { kind: 'digest', status: 'queued' })).toBe(1);
    expect(second.value('ua_outbox_messages', { kind: 'digest', status: 'held' })).toBe(1);
    // Counted 60 s ago at most: the sent row shows at the next recount.
    expect(second.value('ua_outbox_messages', { kind: 'digest', status: 'sent' })).toBe(0);
    // The live count can be answered from the partial index, whatever the planner prefers for a table this small.
    const plan: Array<{ 'QUERY PLAN': string }> = await api.get(DataSource).transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      return manager.query(
        `EXPLAIN SELECT "kind", "status", count(*) FROM notification_outbox WHERE "status" IN ('queued', 'held') GROUP BY "kind", "status"`,
      );
    });
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('notification_outbox_live_idx');
  });
});
