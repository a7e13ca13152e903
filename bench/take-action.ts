import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startBuiltApp } from '../test/support/built-app';
import { databaseOn, withClient } from '../test/support/postgres-server';

/**
 * `npm run bench:take-action`: a take-action burst against the built app (`npm start`'s dist/) on a fresh PostgreSQL
 * database with the seeds. 50 concurrent writers for 10 s, a different writer in every request, per step:
 * asking for a letter by email, "I've sent it", and the public JSON list under 50 readers. The rate limits and daily
 * caps are raised by configuration, so every request is served rather than refused.
 * Goals (issue 13): send and record each >= 500 req/s with p99 < 50 ms and none refused; the list p99 < 50 ms.
 * Baseline: the same list's bytes from a bare node:http server in its own process, sharing none of the app's code: what
 * this machine's HTTP path gives under the same load.
 * BENCH_STEPS=send (any of send,record,list,baseline) measures steps alone, e.g. to profile one with BENCH_NODE_ARGS.
 */
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const UNLIMITED = '100000000';
const STEP_NAMES = ['send', 'record', 'list', 'baseline'] as const;
type StepName = (typeof STEP_NAMES)[number];

function chosenSteps(): StepName[] {
  const names = (process.env.BENCH_STEPS ?? STEP_NAMES.join(',')).split(',');
  const unknown = names.filter((name) => !(STEP_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_STEPS names no step ${unknown.join(', ')}: choose among ${STEP_NAMES.join(', ')}`);
  return names as StepName[];
}

/** A bare node:http server in a process of its own, answering every request with `body` as JSON. */
async function startBareServer(body: string): Promise<{ url: string; stop(): void }> {
  const code = `const body = process.env.BODY;
    const server = require('node:http').createServer((request, response) => {
      request.resume();
      request.on('end', () => { response.setHeader('content-type', 'application/json'); response.end(body); });
    });
    server.listen(0, '127.0.0.1', () => console.log(server.address().port));`;
  const child = spawn(process.execPath, ['-e', code], { env: { BODY: body }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    child.once('exit', (exitCode) => reject(new Error(`the bare server exited with ${exitCode}`)));
  });
  return { url: `http://127.0.0.1:${port}/api/actions?pageSize=20`, stop: () => child.kill() };
}

interface Step {
  step: string;
  perSecond: number;
  p50: number;
  p99: number;
  requests: number;
  refused: number;
}

let writers = 0;
const nextWriter = () => {
  writers += 1;
  return { name: `Bench Writer ${writers}`, email: `writer-${writers}-${randomBytes(3).toString('hex')}@example.org` };
};

async function measure(step: string, url: string, body?: (writer: { name: string; email: string }) => object): Promise<Step> {
  const options: autocannon.Options = {
    url,
    connections: CONNECTIONS,
    ...(body
      ? {
          requests: [
            {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              setupRequest: (request) => ({ ...request, body: JSON.stringify(body(nextWriter())) }),
            },
          ],
        }
      : {}),
  };
  await autocannon({ ...options, duration: 2 }); // warm-up: JIT, pools, compiled templates
  const result = await autocannon({ ...options, duration: DURATION_S });
  const measured = {
    step,
    perSecond: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    refused: result.non2xx + result.errors + result.timeouts,
  };
  console.log(
    `${step.padEnd(16)} ${measured.perSecond} req/s  p50 ${measured.p50} ms  p99 ${measured.p99} ms  ${measured.requests} requests, ${measured.refused} refused`,
  );
  return measured;
}

async function main(): Promise<void> {
  const names = chosenSteps();
  const database = `ua_bench_${randomBytes(4).toString('hex')}`;
  await withClient(SERVER, (client) => client.query(`CREATE DATABASE "${database}"`));
  const app = await startBuiltApp(
    {
      DATABASE_URL: databaseOn(SERVER, database),
      PORT: '0',
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'true',
      REDIS_URL: process.env.REDIS_URL,
      OUTBOX_DIR: join(mkdtempSync(join(tmpdir(), 'ua-bench-')), 'outbox'),
      QUEUE_PREFIX: `ua-bench-${randomBytes(3).toString('hex')}`,
      SENSITIVE_RATE_LIMIT_PER_MINUTE: UNLIMITED,
      LETTERS_PER_ADDRESS_PER_DAY: UNLIMITED,
      LETTERS_PER_IP_PER_DAY: UNLIMITED,
      REPORTED_LETTERS_PER_IP_PER_DAY: UNLIMITED,
      RUN_WORKER: process.env.BENCH_RUN_WORKER,
    },
    undefined,
    process.env.BENCH_NODE_ARGS?.split(' '),
  ); // e.g. BENCH_NODE_ARGS=--cpu-prof to profile the app
  try {
    const list = (await (await fetch(`${app.baseUrl}/api/actions?pageSize=20`)).json()) as { items: { id: string }[] };
    let chosen: { actionId: string; targetId: string } | null = null;
    for (const { id } of list.items) {
      const action = (await (await fetch(`${app.baseUrl}/api/actions/${id}`)).json()) as {
        status: string;
        targets: { target: { id: string; email: string | null } }[];
      };
      const target = action.targets.find((entry) => entry.target.email);
      if (action.status === 'published' && target) {
        chosen = { actionId: id, targetId: target.target.id };
        break;
      }
    }
    if (!chosen) throw new Error('No published seed action has a target with an email address');
    const { actionId, targetId } = chosen;
    // The seed documents' deadlines are long past: move this one's into the future so letters are taken.
    await withClient(databaseOn(SERVER, database), (client) =>
      client.query(`UPDATE urgent_action SET "appealDeadline" = now() + interval '30 days' WHERE "id" = $1`, [actionId]),
    );
    for (const [path, body] of [
      ['send', { targetId, channel: 'email', language: 'en', ...nextWriter() }],
      ['record', { targetId, channel: 'post', ...nextWriter() }],
    ] as const) {
      const answer = await fetch(`${app.baseUrl}/api/actions/${actionId}/letters/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!answer.ok) throw new Error(`A single ${path} was refused: ${answer.status} ${await answer.text()}`);
    }
    console.log(`take-action bench: ${CONNECTIONS} concurrent clients, ${DURATION_S} s per step, PostgreSQL, node ${process.version}`);
    const listUrl = `${app.baseUrl}/api/actions?pageSize=20`;
    const bare = await startBareServer(await (await fetch(listUrl)).text());
    const all: Record<StepName, () => Promise<Step>> = {
      send: () =>
        measure('send by email', `${app.baseUrl}/api/actions/${actionId}/letters/send`, (writer) => ({
          targetId,
          channel: 'email',
          language: 'en',
          ...writer,
          city: 'Leeds',
          country: 'GB',
        })),
      record: () =>
        measure("I've sent it", `${app.baseUrl}/api/actions/${actionId}/letters/record`, (writer) => ({
          targetId,
          channel: 'post',
          ...writer,
        })),
      list: () => measure('public list', listUrl),
      baseline: () => measure('bare node:http', bare.url),
    };
    const measured: Partial<Record<StepName, Step>> = {};
    try {
      for (const name of names) measured[name] = await all[name]();
    } finally {
      bare.stop();
    }
    const steps = Object.values(measured);
    const { send, record, list: publicList } = measured;
    // The goals are judged only when all three of the app's steps were measured.
    const met =
      Boolean(send && record && publicList) &&
      [send, record].every((step) => step && step.perSecond >= 500 && step.p99 < 50 && step.refused === 0) &&
      (publicList?.p99 ?? Infinity) < 50;
    console.log(`goals ${met ? 'met' : 'NOT met'}`);
    console.log(JSON.stringify({ connections: CONNECTIONS, durationS: DURATION_S, steps, met }));
  } finally {
    await app.stop();
    await withClient(SERVER, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
