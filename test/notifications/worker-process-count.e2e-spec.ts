import { DataSource } from 'typeorm';
import { staffClient } from '../support/auth';
import { createAudience } from '../support/audience';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { createTestApp, TestApp } from '../support/test-app';
import { waitFor } from '../support/wait-for';
import { startWorkerProcess, WorkerProcess } from '../support/worker-process';

/** The pids of the processes that said they are ready, in order. */
const readyPids = (worker: WorkerProcess): number[] =>
  [...worker.output().matchAll(/Notification worker ready \(pid (\d+)/g)].map((match) => Number(match[1]));

describe('WORKER_PROCESSES: one npm run start:worker runs several processes that share the relay connections', () => {
  let sink: SmtpSink;
  let api: TestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let environment: Record<string, string>;
  let worker: WorkerProcess | undefined;

  const sentCount = async (actionId: string): Promise<number> =>
    (
      await api
        .get(DataSource)
        .query(`SELECT count(*)::int AS "sent" FROM notification_outbox WHERE "actionId" = $1 AND "status" = 'sent'`, [actionId])
    )[0].sent;

  async function fanOut(reference: string, audience: number): Promise<{ actionId: string; expected: string[] }> {
    const created = await staff.post('/api/actions', inventedAction({ reference }));
    await staff.post(`/api/actions/${created.body.id}/publish`);
    const { expected } = await createAudience(api.get(DataSource), { actionId: created.body.id, subscribers: audience });
    await staff.post(`/api/actions/${created.body.id}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' });
    return { actionId: created.body.id, expected };
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    const queuePrefix = `uatest-worker-count-${process.pid}`;
    api = await createTestApp({ environment: { SMTP_URL: sink.url, QUEUE_PREFIX: queuePrefix, RUN_WORKER: 'false' } });
    staff = await staffClient(api, 'admin');
    environment = {
      DATABASE_URL: api.database.url,
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: sink.url,
      MAIL_RATE_PER_SECOND: '1000',
      MAIL_RETRY_DELAY_MS: '10',
      WORKER_PROCESSES: '2',
      SMTP_MAX_CONNECTIONS: '2',
      MAIL_CONCURRENCY: '8',
    };
  }, 120_000);

  afterEach(async () => {
    if (worker && worker.process.exitCode === null) {
      worker.process.kill('SIGTERM');
      await worker.exited;
    }
  });

  afterAll(async () => {
    await api.close();
    await sink.close();
    await flushQueueKeys(environment.QUEUE_PREFIX);
  });

  it('sends a fan-out exactly once through both processes, over no more SMTP connections than SMTP_MAX_CONNECTIONS', async () => {
    const started = await startWorkerProcess(environment);
    worker = started;
    await waitFor('both processes ready', () => readyPids(started).length === 2);
    const pids = new Set(readyPids(started));
    expect(pids.size).toBe(2);
    expect(pids.has(started.process.pid as number)).toBe(false);

    // A slow DATA answer keeps messages waiting for a connection, so each process opens every one it may.
    sink.dataDelayMs = 30;
    const connectionsBefore = sink.connections;
    sink.messages.length = 0;
    const { actionId, expected } = await fanOut('UA 41/31', 200);
    await waitFor('all 200 rows sent', async () => (await sentCount(actionId)) === 200, 60_000);
    sink.dataDelayMs = 0;
    expect(sink.messages.map((mail) => (mail.to as { text: string }).text).sort()).toEqual([...expected].sort());
    expect(sink.connections - connectionsBefore).toBe(2);
  }, 120_000);

  it('replaces a process that dies, and stops both on SIGTERM', async () => {
    const started = await startWorkerProcess(environment);
    worker = started;
    await waitFor('both processes ready', () => readyPids(started).length === 2);
    const [first] = readyPids(started);
    process.kill(first as number, 'SIGKILL');
    await waitFor('a third process ready', () => readyPids(started).length === 3, 60_000);
    expect(started.output()).toMatch(/worker process \d stopped \(SIGKILL\): starting another/);

    sink.messages.length = 0;
    const { actionId } = await fanOut('UA 42/31', 50);
    await waitFor('all 50 rows sent', async () => (await sentCount(actionId)) === 50, 60_000);

    const children = readyPids(started);
    started.process.kill('SIGTERM');
    expect(await started.exited).toBe(0);
    const alive = children.filter((pid) => {
      try {
        process.kill(pid, 0);
        return true;
      } catch {
        return false;
      }
    });
    expect(alive).toEqual([]);
  }, 120_000);

  it('refuses more processes than connections to share, naming both settings', async () => {
    await expect(startWorkerProcess({ ...environment, WORKER_PROCESSES: '3' })).rejects.toThrow(
      /WORKER_PROCESSES \(3\) is more than SMTP_MAX_CONNECTIONS \(2\)/,
    );
  });
});
