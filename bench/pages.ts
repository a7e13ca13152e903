import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { startBuiltApp } from '../test/support/built-app';
import { databaseOn, withClient } from '../test/support/postgres-server';

/**
 * The supporters' pages under 50 concurrent readers: the built app (`npm start`'s dist/) on a fresh
 * PostgreSQL database with the seed actions, then autocannon against the index, an action page and its letters (take action) for one writer.
 * Target (issue #6): p99 under 100 ms. Prints latency percentiles and throughput per page.
 */
const SERVER = process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);

async function measure(title: string, url: string, request: { method?: 'POST'; body?: string; headers?: Record<string, string> } = {}) {
  await autocannon({ url, ...request, connections: CONNECTIONS, duration: 2 }); // warm-up: compiled templates, JIT, pool
  const result = await autocannon({ url, ...request, connections: CONNECTIONS, duration: DURATION_S });
  const failed = result.non2xx + result.errors + result.timeouts;
  console.log(
    `${title.padEnd(14)} p50 ${result.latency.p50} ms  p97.5 ${result.latency.p97_5} ms  p99 ${result.latency.p99} ms  max ${result.latency.max} ms  ` +
      `${Math.round(result.requests.average)} req/s  ${result.requests.total} requests, ${failed} failed`,
  );
  return { p99: result.latency.p99, failed };
}

async function main(): Promise<void> {
  const database = `ua_bench_${randomBytes(4).toString('hex')}`;
  await withClient(SERVER, (client) => client.query(`CREATE DATABASE "${database}"`));
  const app = await startBuiltApp({
    DATABASE_URL: databaseOn(SERVER, database),
    PORT: '0',
    LOG_LEVEL: 'warn',
    SEED_ON_START: 'true',
    REDIS_URL: process.env.REDIS_URL,
  });
  try {
    const index = await (await fetch(`${app.baseUrl}/`)).text();
    const firstAction = /href="(\/urgent-actions\/[0-9a-f-]+)/.exec(index)?.[1];
    if (!firstAction) throw new Error('The index lists no published action: were the seeds loaded?');
    console.log(`pages bench: ${CONNECTIONS} concurrent readers, ${DURATION_S} s per page, PostgreSQL, node ${process.version}`);
    // The letters step renders every target's letter for this one writer: nothing shared between readers. Posted, as the page does.
    const writer = new URLSearchParams({
      name: 'Bench Reader',
      email: 'bench@example.org',
      city: 'Leeds',
      country: 'GB',
      letterLanguage: 'en',
    });
    const results = [
      await measure('index', `${app.baseUrl}/`),
      await measure('action page', `${app.baseUrl}${firstAction}`),
      await measure('take action', `${app.baseUrl}${firstAction}/take-action?lang=en`, {
        method: 'POST',
        body: writer.toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    ];
    const worst = Math.max(...results.map((result) => result.p99));
    console.log(
      `worst p99: ${worst} ms (target < 100 ms): ${worst < 100 && results.every((result) => result.failed === 0) ? 'met' : 'NOT met'}`,
    );
  } finally {
    await app.stop();
    await withClient(SERVER, (client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
