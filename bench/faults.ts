import 'reflect-metadata';
import { ChildProcess, fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { ActionUpdatesService } from '../src/actions/action-updates.service';
import { ActionUpdateKind } from '../src/actions/action-vocabulary';
import { ActionsService } from '../src/actions/actions.service';
import { AppModule } from '../src/app.module';
import { loadConfiguration } from '../src/config/configuration';
import { configureHttpApp } from '../src/http-app';
import { OutboxReconciler } from '../src/notifications/reconcile/outbox-reconciler';
import { flushQueueKeys } from '../test/support/flush-queues';
import { databaseOn, withClient } from '../test/support/postgres-server';

/**
 * `npm run bench:faults` (N recipients, default 20,000): one fan-out on PostgreSQL through two worker processes
 * (dist/worker.js) to an SMTP sink in its own process that logs every Message-ID it accepts, while the bench
 * deletes the queues' Redis keys at ~25 %, SIGKILLs a worker at ~40 %, has the sink answer 421 for 60 s at ~55 %
 * and terminates every PostgreSQL backend of its database at ~70 %. Its last line is the JSON summary.
 * Then a slow relay (every DATA answer held 5 s) with the worker in the API's process: p99 of GET /api/health and GET /,
 * with the API process's CPU per request, its pool's waiting queries and its event-loop delay, to tell where time goes.
 * The bench plays the scheduler: a reconciler pass every RECONCILE_MS (a minute in production).
 */
const N = Number(process.env.N ?? 20_000);
const SERVER = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const REFUSAL_MS = Number(process.env.REFUSAL_MS ?? 60_000);
const RECONCILE_MS = Number(process.env.RECONCILE_MS ?? 5_000);
/** `PHASES=slow` runs only the slow-relay phase (its fan-out still goes to N supporters). */
const PHASES = new Set((process.env.PHASES ?? 'faults,slow').split(','));
const WORKER = join(__dirname, '../../../../dist/worker.js');

const SINK_PROGRAM = `
  const { SMTPServer } = require('smtp-server');
  const { appendFileSync } = require('node:fs');
  const log = process.argv[1];
  let mode = 'accept';
  const refusal = () => Object.assign(new Error('4.3.2 Service not available, closing channel'), { responseCode: 421 });
  const server = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS', 'AUTH'], logger: false, disableReverseLookup: true,
    onConnect(_session, callback) { callback(mode === 'refuse' ? refusal() : undefined); },
    onMailFrom(_address, _session, callback) { callback(mode === 'refuse' ? refusal() : undefined); },
    onData(stream, _session, callback) {
      let head = '';
      stream.on('data', (chunk) => { if (head.length < 4096) head += chunk.toString('latin1'); });
      stream.on('end', () => {
        const id = (/^Message-ID:\\s*(<[^>]+>)/im.exec(head) || [])[1] || 'none';
        const answer = () => {
          if (mode === 'refuse') return callback(refusal());
          appendFileSync(log, id + '\\n');
          callback();
        };
        if (mode === 'slow') setTimeout(answer, 5000); else answer();
      });
    },
  });
  server.server.on('connection', (socket) => socket.setNoDelay(true));
  // A killed worker resets its connections: that is the bench, not a reason for the sink to stop.
  server.on('error', () => undefined);
  process.on('message', (message) => { mode = message.mode; });
  server.listen(0, '127.0.0.1', () => process.send({ port: server.server.address().port }));
`;

interface Sink {
  url: string;
  accepted(): string[];
  mode(mode: 'accept' | 'refuse' | 'slow'): void;
  close(): void;
}

async function startSink(log: string): Promise<Sink> {
  writeFileSync(log, '');
  const child = spawn(process.execPath, ['-e', SINK_PROGRAM, log], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const port = await new Promise<number>((resolve) => child.once('message', (message: { port: number }) => resolve(message.port)));
  return {
    url: `smtp://127.0.0.1:${port}`,
    accepted: () => readFileSync(log, 'utf8').split('\n').filter(Boolean),
    mode: (mode) => child.send({ mode }),
    close: () => void child.kill(),
  };
}

function startWorker(environment: Record<string, string>): ChildProcess {
  return fork(WORKER, [], { env: { ...process.env, ...environment }, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (line: string): void => void process.stdout.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);

async function main(): Promise<void> {
  const database = `ua_faults_bench_${randomBytes(4).toString('hex')}`;
  const prefix = `ua-faults-bench-${randomBytes(3).toString('hex')}`;
  await withClient(SERVER, (client) => client.query(`CREATE DATABASE "${database}"`));
  const url = databaseOn(SERVER, database);
  const sink = await startSink(join(tmpdir(), `${database}-accepted.log`));
  const environment = {
    DATABASE_URL: url,
    SMTP_URL: sink.url,
    QUEUE_PREFIX: prefix,
    REDIS_URL,
    RUN_SCHEDULER: 'false',
    SEED_ON_START: 'false',
    LOG_LEVEL: 'error',
    MAIL_RATE_PER_SECOND: '100000',
    MAIL_CONCURRENCY: '16',
    QUEUE_LOCK_MS: '5000',
    SEND_LEASE_MS: '15000',
    MAIL_RETRY_DELAY_MS: '1000',
    MAIL_RETRY_MAX_DELAY_MS: '10000',
    RELAY_PROBE_MS: '3000',
    SMTP_GREETING_TIMEOUT_MS: '3000',
    // Two workers on one machine: each its own probe port.
    WORKER_METRICS_PORT: '0',
  };
  Object.assign(process.env, environment, { RUN_WORKER: 'false' });
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ url, poolSize: 6, runMigrations: true }, loadConfiguration()),
    { logger: ['error'] },
  );
  const dataSource = app.get(DataSource);
  const workers = [startWorker(environment), startWorker(environment)];
  let reconciling = true;
  const reconciler = (async () => {
    while (reconciling) {
      await app
        .get(OutboxReconciler)
        .pass()
        .catch((error: Error) => say(`reconciler pass failed (next one retries): ${error.message}`));
      await sleep(RECONCILE_MS);
    }
  })();
  try {
    const action = await app.get(ActionsService).create({
      reference: 'UA 2/99',
      title: 'Fault bench action',
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
         SELECT 'fault-' || n || '@example.org', 'Supporter ' || n, now(), now() FROM generate_series(1, $1) n RETURNING "id")
       INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") SELECT "id", $2, now() FROM s`,
      [N, action.id],
    );
    await sleep(3000);
    if (!PHASES.has('faults')) {
      reconciling = false;
      await reconciler;
      workers.forEach((worker) => worker.kill('SIGTERM'));
      console.log(JSON.stringify({ slowRelay: await slowRelayPhase(sink, environment, action.id, dataSource) }));
      return;
    }
    const startedAt = performance.now();
    const update = (await app
      .get(ActionUpdatesService)
      .post(action.id, { kind: ActionUpdateKind.FurtherInformation, title: 'News', body: 'Moved.' } as never)) as { id: string };
    const faults: [number, string, () => Promise<void>][] = [
      [
        0.25,
        'deleting every Redis key of the queues',
        async () => {
          say(`  ${await flushQueueKeys(prefix)} keys deleted`);
        },
      ],
      [
        0.4,
        'SIGKILL of worker 1',
        async () => {
          workers[0].kill('SIGKILL');
        },
      ],
      [
        0.55,
        `the sink answers 421 for ${REFUSAL_MS / 1000} s`,
        async () => {
          sink.mode('refuse');
          setTimeout(() => {
            sink.mode('accept');
            say('the sink accepts again');
          }, REFUSAL_MS);
        },
      ],
      [
        0.7,
        'terminating every PostgreSQL backend of the bench database',
        async () => {
          const [{ count }] = await withClient(SERVER, (client) =>
            client.query(
              'SELECT count(pg_terminate_backend(pid))::int AS "count" FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
              [database],
            ),
          ).then((result) => result.rows);
          say(`  ${count} backends terminated`);
        },
      ],
    ];
    for (const [share, what, fault] of faults) {
      while (new Set(sink.accepted()).size < share * N) await sleep(100);
      say(`${Math.round(share * 100)} %: ${what}`);
      await fault();
    }
    for (;;) {
      const [{ waiting }] = await dataSource
        .query(
          `SELECT (SELECT count(*) FROM notification_outbox WHERE "updateId" = $1 AND "status" = 'queued')::int
              + (SELECT count(*) FROM notification_fanout WHERE "updateId" = $1 AND "status" = 'pending')::int AS "waiting"`,
          [update.id],
        )
        .catch(() => [{ waiting: -1 }]);
      if (waiting === 0) break;
      await sleep(1000);
    }
    const seconds = (performance.now() - startedAt) / 1000;
    const [{ intended, failed }] = await dataSource.query(
      `SELECT count(*)::int AS "intended", count(*) FILTER (WHERE "status" = 'failed')::int AS "failed" FROM notification_outbox WHERE "updateId" = $1`,
      [update.id],
    );
    const accepted = sink.accepted();
    const delivered = new Set(accepted).size;
    say(`${intended} rows for ${N} supporters; the sink accepted ${accepted.length} messages, ${delivered} distinct`);
    const faultsResult = {
      intended: N,
      delivered,
      duplicates: accepted.length - delivered,
      lost: N - delivered - failed,
      failedForGood: failed,
      seconds: Math.round(seconds),
    };
    reconciling = false;
    await reconciler;
    workers.forEach((worker) => worker.kill('SIGTERM'));

    const slow = await slowRelayPhase(sink, environment, action.id, dataSource);
    console.log(JSON.stringify({ ...faultsResult, slowRelay: slow }));
  } finally {
    reconciling = false;
    workers.forEach((worker) => worker.kill('SIGKILL'));
    await app.close();
    sink.close();
    await flushQueueKeys(prefix);
    await withClient(SERVER, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

/** The API with its worker in one process (as `npm start` runs them) while the relay holds every DATA answer 5 s. */
async function slowRelayPhase(sink: Sink, environment: Record<string, string>, actionId: string, dataSource: DataSource) {
  sink.mode('slow');
  Object.assign(process.env, { ...environment, RUN_WORKER: 'true', PAGE_CACHE_MS: '1000' });
  const api = NestFactory.create(
    AppModule.forRoot({ url: environment.DATABASE_URL, poolSize: 10, runMigrations: false }, loadConfiguration()),
    { logger: ['error'] },
  );
  const app = configureHttpApp(await api);
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  try {
    await app
      .get(ActionUpdatesService)
      .post(actionId, { kind: ActionUpdateKind.FurtherInformation, title: 'Slow', body: 'Slow relay.' } as never);
    await sleep(5000);
    const [{ busy }] = await dataSource.query(
      `SELECT count(*)::int AS "busy" FROM notification_outbox WHERE "status" = 'queued' AND "leaseExpiresAt" > now()`,
    );
    const pool = (app.get(DataSource).driver as PostgresDriver).master as { waitingCount: number };
    const measure = async (path: string) => {
      const cpu = process.cpuUsage();
      let poolWaitingMax = 0;
      const sampler = setInterval(() => {
        poolWaitingMax = Math.max(poolWaitingMax, pool.waitingCount);
      }, 10);
      const load = await loadFromOtherProcess(`${base}${path}`);
      clearInterval(sampler);
      const used = process.cpuUsage(cpu);
      // The API process's CPU per request answered, the worker's share of the process included: what each costs.
      return {
        ...load,
        cpuMsPerRequest: Number(((used.user + used.system) / 1000 / Math.max(1, load.requests.total)).toFixed(2)),
        poolWaitingMax,
      };
    };
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const profile = await startProfile(process.env.PROFILE_TO);
    const health = await measure('/api/health');
    const index = await measure('/');
    await profile.stop();
    loop.disable();
    return {
      // Other work on the machine: the figures of a loaded machine are not those of a quiet one.
      loadAverage: Number(loadavg()[0].toFixed(2)),
      sendsInFlightAtStart: busy,
      healthP99Ms: health.latency.p99,
      healthRequests: health.requests.total,
      healthErrors: health.errors + health.non2xx,
      healthCpuMsPerRequest: health.cpuMsPerRequest,
      healthPoolWaitingMax: health.poolWaitingMax,
      indexP99Ms: index.latency.p99,
      indexRequests: index.requests.total,
      indexErrors: index.errors + index.non2xx,
      indexCpuMsPerRequest: index.cpuMsPerRequest,
      indexPoolWaitingMax: index.poolWaitingMax,
      // How long the API's event loop was held at a time: what a request waits for besides the database and Redis.
      eventLoopDelayP99Ms: Math.round(loop.percentile(99) / 1e6),
      eventLoopDelayMaxMs: Math.round(loop.max / 1e6),
    };
  } finally {
    sink.mode('accept');
    await app.close();
  }
}

/** PROFILE_TO=file.cpuprofile: the API process's CPU profile while it is measured (open it in Chrome's DevTools). */
async function startProfile(file: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!file) return { stop: async () => undefined };
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    stop: async () => {
      const { profile } = await session.post('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}

/** autocannon in a process of its own: load generated in the API's process would slow the very loop we measure. */
async function loadFromOtherProcess(
  url: string,
): Promise<{ latency: { p99: number }; requests: { total: number }; errors: number; non2xx: number }> {
  const child = spawn(process.execPath, [require.resolve('autocannon/autocannon.js'), '-c', '10', '-d', '10', '--json', url], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  await new Promise((resolve) => child.once('exit', resolve));
  return JSON.parse(output);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
