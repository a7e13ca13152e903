import { DataSource } from 'typeorm';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { createAudience } from '../support/audience';
import { flushQueueKeys } from '../support/flush-queues';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

describe('npm run start:worker: separate worker processes sharing one Redis and one database', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  const workers: WorkerProcess[] = [];
  let workerEnvironment: Record<string, string>;

  const recipients = () => sink.messages.map((mail) => (mail.to as { text: string }).text);
  const rowStatuses = (actionId: string): Promise<Record<string, number>> =>
    api
      .get(DataSource)
      .query(
        `SELECT "status", count(*)::int AS "count" FROM notification_outbox WHERE "actionId" = $1 AND "kind" = 'update notice' GROUP BY "status"`,
        [actionId],
      )
      .then((rows: { status: string; count: number }[]) => Object.fromEntries(rows.map((row) => [row.status, row.count])));

  async function fanOut(reference: string, audience: number): Promise<{ actionId: string; expected: string[] }> {
    const created = await staff.post('/api/actions', inventedAction({ reference }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    const { expected } = await createAudience(api.get(DataSource), { actionId: created.body.id, subscribers: audience });
    expect(
      (await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' })).status,
    ).toBe(201);
    return { actionId: created.body.id, expected };
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    const queuePrefix = `uatest-workers-${process.pid}`;
    // The API process queues but does not work the queues.
    api = await createTestApp({ environment: { SMTP_URL: sink.url, QUEUE_PREFIX: queuePrefix, RUN_WORKER: 'false' } });
    staff = await staffClient(api, 'admin');
    workerEnvironment = {
      DATABASE_URL: api.database.url,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
      QUEUE_LOCK_MS: '1000',
      MAIL_RATE_PER_SECOND: '120',
      MAIL_CONCURRENCY: '4',
      MAIL_RETRY_DELAY_MS: '10',
      // A killed worker's rows are claimable again once its lease runs out.
      SEND_LEASE_MS: '4000',
      SMTP_SOCKET_TIMEOUT_MS: '3000',
    };
    workers.push(await startWorkerProcess(workerEnvironment), await startWorkerProcess(workerEnvironment));
  }, 120_000);

  // Each test counts the messages of its own fan-out (a failed one must not leave its messages to the next).
  beforeEach(() => {
    sink.messages.length = 0;
  });

  afterAll(async () => {
    for (const worker of workers) if (worker.process.exitCode === null) worker.process.kill('SIGKILL');
    await api.close();
    await sink.close();
    await flushQueueKeys(workerEnvironment.QUEUE_PREFIX);
  });

  it('delivers a fan-out exactly once between two workers', async () => {
    const { actionId, expected } = await fanOut('UA 31/31', 300);
    await waitFor('all 300 rows sent', async () => (await rowStatuses(actionId)).sent === 300, 60_000);
    expect(recipients().sort()).toEqual([...expected].sort());
  }, 90_000);

  it('loses nothing when a worker is killed mid-job: the other finishes its jobs', async () => {
    const { actionId, expected } = await fanOut('UA 32/31', 400);
    await waitFor('the fan-out to be under way', () => sink.messages.length >= 60);
    workers[0].process.kill('SIGKILL');
    expect(await workers[0].exited).toBeNull();
    await waitFor('all 400 rows sent by the surviving worker', async () => (await rowStatuses(actionId)).sent === 400, 90_000);
    expect(new Set(recipients())).toEqual(new Set(expected));
    // Only a message SMTP accepted before the kill whose row was not yet marked sent can arrive twice: at most the
    // worker's MAIL_CONCURRENCY (4) at the transport, plus those waiting in the 20 ms settlement window or in its
    // statement (at the mail rate's 120 a second, two workers: about 60 a second each, so a handful). A second copy
    // carries the first one's Message-ID, so a receiver can tell.
    const copies = new Map<string, string[]>();
    for (const mail of sink.messages) {
      const to = (mail.to as { text: string }).text;
      copies.set(to, [...(copies.get(to) ?? []), mail.messageId ?? '']);
    }
    const twice = [...copies.values()].filter((ids) => ids.length > 1);
    expect(twice.every((ids) => ids.length === 2 && ids[0] === ids[1])).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(10);
  }, 120_000);

  it('shuts down on SIGTERM letting running jobs finish: every message that reached SMTP is recorded as sent', async () => {
    const { actionId, expected } = await fanOut('UA 33/31', 300);
    await waitFor('the fan-out to be under way', () => sink.messages.length >= 40);
    workers[1].process.kill('SIGTERM');
    expect(await workers[1].exited).toBe(0);
    const sentRows: { recipient: string }[] = await api
      .get(DataSource)
      .query(`SELECT "recipient" FROM notification_outbox WHERE "actionId" = $1 AND "status" = 'sent'`, [actionId]);
    expect(new Set(sentRows.map((row) => row.recipient))).toEqual(new Set(recipients()));
    expect(sentRows.length).toBeLessThan(300);

    workers.push(await startWorkerProcess(workerEnvironment));
    await waitFor('the rest sent by a new worker', async () => (await rowStatuses(actionId)).sent === 300, 60_000);
    expect(recipients().sort()).toEqual([...expected].sort());
  }, 120_000);
});
