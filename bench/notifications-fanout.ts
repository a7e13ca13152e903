import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { NestFactory } from '@nestjs/core';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { ActionUpdatesService } from '../src/actions/action-updates.service';
import { ActionUpdateKind } from '../src/actions/action-vocabulary';
import { ActionsService } from '../src/actions/actions.service';
import { AppModule } from '../src/app.module';
import { loadConfiguration } from '../src/config/configuration';
import { ActionUpdate } from '../src/actions/action-update.entity';
import { NotificationContent } from '../src/notifications/outbox/notification-content.entity';
import { OutboxMessage } from '../src/notifications/outbox/outbox-message.entity';
import { personalisedMail } from '../src/notifications/sending/personalised-mail';
import { databaseOn, withClient } from '../test/support/postgres-server';

/**
 * `npm run bench:fanout` (N recipients, default 100,000): an update to N subscribers through outbox, fan-out and
 * send queue to a local SMTP sink, against a plain pooled nodemailer loop to the same sink. Target: ratio >= 0.8.
 * It runs with the worker's heap budget (`npm run start:worker`: --max-old-space-size=256), the process it stands for.
 * BENCH_TRACE=1 prints the memory every 5 s: live heap after a full collection stays near 100 MB whatever N.
 */
const N = Number(process.env.N ?? 100_000);
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONCURRENCY = Number(process.env.MAIL_CONCURRENCY ?? 32);
/** The SMTP connections both sides may open: the product's pool and the baseline's. */
const CONNECTIONS = Number(process.env.SMTP_MAX_CONNECTIONS ?? 8);
/**
 * BENCH_WORKERS=K runs the queues in `npm run start:worker` with WORKER_PROCESSES=K (the production layout; the K
 * processes share the CONNECTIONS and the CONCURRENCY), while this process plays the API that posts the update. 0 runs
 * the worker inside this process, as `npm start` does.
 */
const WORKERS = Number(process.env.BENCH_WORKERS ?? 0);

/** The sink's program: a counting SMTP server in its own process, so its parsing does not slow the side we measure. */
const SINK_PROGRAM = `
  const { SMTPServer } = require('smtp-server');
  let received = 0;
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, disableReverseLookup: true,
    onData(stream, _session, callback) { stream.on('data', () => {}); stream.on('end', () => { received += 1; callback(); }); },
  });
  server.server.on('connection', (socket) => socket.setNoDelay(true));
  server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
  setInterval(() => process.send({ received }), 20);
`;

/** CPU seconds a process has used so far (user + system), from /proc: the sink's share of the machine. */
function cpuSecondsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** CPU seconds used so far by the PostgreSQL backends serving this database (those connected now), when on this machine. */
async function databaseCpuSeconds(dataSource: DataSource): Promise<Map<number, number>> {
  const backends: { pid: number }[] = await dataSource.query('SELECT "pid" FROM pg_stat_activity WHERE "datname" = current_database()');
  const seconds = new Map<number, number>();
  for (const { pid } of backends) {
    try {
      seconds.set(pid, cpuSecondsOf(pid));
    } catch {
      // Another machine's, or gone since.
    }
  }
  return seconds;
}

/**
 * CPU milliseconds per message this process, the sink and (for the queue) the database's backends spent in a phase.
 * On a shared machine the sink's figure is a yardstick: it does the same work per message in both phases.
 */
async function cpuMeter(sinkPid: number, dataSource: DataSource, workerPids: readonly number[] = []) {
  const workersCpu = () => workerPids.reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
  const start = {
    own: process.cpuUsage(),
    workers: workersCpu(),
    sink: cpuSecondsOf(sinkPid),
    loop: performance.eventLoopUtilization(),
    database: await databaseCpuSeconds(dataSource),
  };
  return async (messages: number) => {
    const own = process.cpuUsage(start.own);
    const database = [...(await databaseCpuSeconds(dataSource))].reduce(
      (sum, [pid, seconds]) => sum + seconds - (start.database.get(pid) ?? 0),
      0,
    );
    return {
      databaseMs: Number(((database * 1000) / messages).toFixed(3)),
      eventLoopBusy: Number(performance.eventLoopUtilization(start.loop).utilization.toFixed(2)),
      ownMs: Number(((own.user + own.system) / 1000 / messages).toFixed(3)),
      sinkMs: Number((((cpuSecondsOf(sinkPid) - start.sink) * 1000) / messages).toFixed(3)),
      ...(workerPids.length > 0 ? { workersMs: Number((((workersCpu() - start.workers) * 1000) / messages).toFixed(3)) } : {}),
    };
  };
}

async function startSink(): Promise<{ url: string; pid: number; received: () => number; close: () => Promise<void> }> {
  const child = spawn(process.execPath, ['-e', SINK_PROGRAM], { cwd: process.cwd(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  let received = 0;
  const port = await new Promise<number>((resolve) =>
    child.on('message', (message: { port?: number; received?: number }) => {
      if (message.port) resolve(message.port);
      if (message.received !== undefined) received = message.received;
    }),
  );
  return {
    url: `smtp://127.0.0.1:${port}`,
    pid: child.pid as number,
    received: () => received,
    close: async () => void child.kill(),
  };
}

/** A worker process's resident memory, from /proc. */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB/m);
  return line ? Number(line[1]) * 1024 : 0;
}

/**
 * The product's worker entry point, started as `npm run start:worker` would, with WORKER_PROCESSES processes that
 * share the connections. Answers the pids of the processes that work the queues, from their ready lines.
 */
async function startWorkers(
  processes: number,
  environment: Record<string, string>,
): Promise<{ pids: number[]; close: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--max-old-space-size=256', `${__dirname}/../src/worker.js`], {
    cwd: process.cwd(),
    env: { ...process.env, ...environment, WORKER_PROCESSES: String(processes), WORKER_METRICS_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const pids: number[] = [];
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      for (const match of chunk.toString().matchAll(/Notification worker ready \(pid (\d+)/g)) pids.push(Number(match[1]));
      if (pids.length === processes) resolve();
    });
  });
  return {
    pids,
    close: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

let peakRss = 0;
let peakWorkerRss = 0;
const workerPids: number[] = [];
const mb = (bytes: number) => Math.round(bytes / 1048576);
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  for (const pid of workerPids) peakWorkerRss = Math.max(peakWorkerRss, rssOf(pid));
}, 100);
if (process.env.BENCH_TRACE)
  setInterval(() => {
    const usage = process.memoryUsage();
    console.log(
      `rss ${mb(usage.rss)} heapUsed ${mb(usage.heapUsed)} heapTotal ${mb(usage.heapTotal)} external ${mb(usage.external)} arrayBuffers ${mb(usage.arrayBuffers)}`,
    );
  }, 5000).unref();

async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function main(): Promise<void> {
  const database = `ua_bench_${randomBytes(4).toString('hex')}`;
  await withClient(SERVER, (client) => client.query(`CREATE DATABASE "${database}"`));
  const url = databaseOn(SERVER, database);
  const sink = await startSink();
  Object.assign(process.env, {
    DATABASE_URL: url,
    SMTP_URL: sink.url,
    QUEUE_PREFIX: `ua-bench-${randomBytes(3).toString('hex')}`,
    RUN_WORKER: WORKERS > 0 ? 'false' : 'true',
    RUN_SCHEDULER: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'warn',
    MAIL_RATE_PER_SECOND: '100000',
    MAIL_CONCURRENCY: String(CONCURRENCY),
    SMTP_MAX_CONNECTIONS: String(CONNECTIONS),
  });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ url, poolSize: CONCURRENCY + 8, runMigrations: true }, loadConfiguration()),
    { logger: ['warn', 'error'] },
  );
  const dataSource = app.get(DataSource);
  const workers: { pids: number[]; close: () => Promise<void> }[] = [];
  try {
    if (WORKERS > 0) {
      const started = await startWorkers(WORKERS, { RUN_WORKER: 'true' });
      workers.push(started);
      workerPids.push(...started.pids);
    }
    const action = await app.get(ActionsService).create({
      reference: 'UA 1/99',
      title: 'Bench action',
      country: 'FR',
      summary: 'Bench.',
      asks: ['Release them.'],
      languages: ['en'],
      appealDeadline: new Date(Date.now() + 30 * 86_400_000).toISOString(),
      appealDeadlineTimeZone: 'Europe/Paris',
      subjects: [{ name: 'Bench Person', gender: 'female' }],
      targets: [{ role: 'primary', target: { name: 'Bench Minister', kind: 'minister', country: 'FR', fax: '+33 1 23 45 67 89' } }],
    } as never);
    await app.get(ActionsService).publish(action.id);
    await dataSource.query(
      `WITH s AS (INSERT INTO supporter ("email", "name", "lastActiveAt", "confirmedAt")
         SELECT 'bench-' || n || '@example.org', 'Supporter ' || n, now(), now() FROM generate_series(1, $1) n RETURNING "id")
       INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") SELECT "id", $2, now() FROM s`,
      [N, action.id],
    );
    const baselineRss = process.memoryUsage.rss();
    peakRss = baselineRss;
    const startedAt = performance.now();
    const queueCpu = await cpuMeter(sink.pid, dataSource, workerPids);
    await app
      .get(ActionUpdatesService)
      .post(action.id, { kind: ActionUpdateKind.FurtherInformation, title: 'News', body: 'Moved.' } as never);
    // When the fan-out had written (and queued) every row: after that, only sending is left.
    let writtenSeconds: number | null = null;
    const fanoutWatch = setInterval(() => {
      dataSource
        .query(`SELECT "status" FROM notification_fanout WHERE "actionId" = $1`, [action.id])
        .then((rows: { status: string }[]) => {
          if (writtenSeconds === null && rows.length > 0 && rows.every((row) => row.status === 'done'))
            writtenSeconds = (performance.now() - startedAt) / 1000;
        })
        .catch((error: unknown) => console.error(error));
    }, 250);
    await until(() => sink.received() >= N);
    clearInterval(fanoutWatch);
    const seconds = (performance.now() - startedAt) / 1000;
    const perSecond = N / seconds;
    const queuePeakRss = peakRss;
    const queueCpuPerMessage = await queueCpu(N);
    // The workers are done: stopped, so they take nothing from the baseline's run.
    workerPids.length = 0;
    await Promise.all(workers.splice(0).map((worker) => worker.close()));
    console.log(
      `queue: ${N} messages in ${seconds.toFixed(1)} s = ${perSecond.toFixed(0)}/s, RSS ${mb(baselineRss)} MB before, peak ${mb(queuePeakRss)} MB`,
    );

    // The limit: the same messages, rendered the same way, through a plain nodemailer loop pooled with the same
    // number of connections. Its transport is built here from the sink's host and port, not by the product's code,
    // so a mistake in the product's transport settings cannot slow the baseline too.
    const rows = await dataSource
      .getRepository(OutboxMessage)
      .find({ take: 1, where: { updateId: (await dataSource.getRepository(ActionUpdate).findOneByOrFail({ title: 'News' })).id } });
    const content = await dataSource.getRepository(NotificationContent).findOneByOrFail({ id: rows[0].contentId as string });
    const sinkAddress = new URL(sink.url);
    const transport = createTransport({
      pool: true,
      maxConnections: CONNECTIONS,
      maxMessages: Infinity,
      host: sinkAddress.hostname,
      port: Number(sinkAddress.port),
      secure: false,
    });
    const before = sink.received();
    const loopStart = performance.now();
    const loopCpu = await cpuMeter(sink.pid, dataSource);
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < N) {
          next += 1;
          const mail = personalisedMail({ ...rows[0], recipient: `plain-${next}@example.org` }, content, {
            name: 'Bench',
            address: 'bench@example.org',
          });
          await transport.sendMail({ ...mail, messageId: undefined });
        }
      }),
    );
    await until(() => sink.received() - before >= N);
    const limitPerSecond = N / ((performance.now() - loopStart) / 1000);
    const loopCpuPerMessage = await loopCpu(N);
    transport.close();
    console.log(`plain nodemailer loop: ${limitPerSecond.toFixed(0)}/s`);
    const result = {
      n: N,
      connections: CONNECTIONS,
      concurrency: CONCURRENCY,
      seconds: Number(seconds.toFixed(1)),
      rowsWrittenSeconds: writtenSeconds === null ? null : Number((writtenSeconds as number).toFixed(1)),
      perSecond: Math.round(perSecond),
      limitPerSecond: Math.round(limitPerSecond),
      ratio: Number((perSecond / limitPerSecond).toFixed(2)),
      workers: WORKERS,
      peakRssMb: mb(queuePeakRss),
      ...(WORKERS > 0 ? { peakWorkerRssMb: mb(peakWorkerRss) } : {}),
      baselineRssMb: mb(baselineRss),
      cpuMsPerMessage: { queue: queueCpuPerMessage, plain: loopCpuPerMessage },
    };
    console.log(
      `ratio ${result.ratio} (target >= 0.8), peak RSS during the fan-out ${result.peakRssMb} MB (${result.baselineRssMb} MB before it)`,
    );
    console.log(JSON.stringify(result));
  } finally {
    clearInterval(sampler);
    workerPids.length = 0;
    await Promise.all(workers.map((worker) => worker.close()));
    await app.close();
    await sink.close();
    await withClient(SERVER, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
