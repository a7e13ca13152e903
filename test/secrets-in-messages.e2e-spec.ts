import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Client } from 'pg';
import { PROJECT_ROOT } from './support/built-app';
import { staffClient } from './support/auth';
import { createTestApp, TestApp } from './support/test-app';
import { waitFor } from './support/wait-for';
import { startWorkerProcess } from './support/worker-process';

/** Runs a built program until it exits, answering its exit code and everything it printed. */
function runToExit(program: string, environment: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [join(PROJECT_ROOT, program)], {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

describe('errors and start-up messages carry no database detail and no secret', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('answers a duplicate PostgreSQL itself refused with 409 naming the field, not the database’s detail', async () => {
    const admin = await staffClient(testApp, 'admin');
    // A section with this code is being written by someone else: the service's own check cannot see it yet,
    // so the database's unique index is what refuses the request.
    const rival = new Client({ connectionString: testApp.database.url });
    await rival.connect();
    try {
      await rival.query('BEGIN');
      await rival.query(
        `INSERT INTO section (code, country, name, "timeZone", "contactEmail") VALUES ('RACE', 'GB', 'Rival', 'Europe/London', 'rival@example.org')`,
      );
      const answer = admin.post('/api/sections', {
        code: 'RACE',
        country: 'GB',
        name: 'Racing section',
        languages: ['en'],
        timeZone: 'Europe/London',
        contactEmail: 'race@example.org',
      });
      await waitFor('the API insert to wait on the rival’s row', async () => {
        const { rows } = await rival.query(`SELECT count(*)::int AS waiting FROM pg_locks WHERE NOT granted`);
        return rows[0].waiting > 0;
      });
      await rival.query('COMMIT');
      const refused = await answer;
      expect(refused.status).toBe(409);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'code' })]);
      expect(refused.body.message).toContain('code');
      expect(JSON.stringify(refused.body)).not.toMatch(/Key \(|=\(RACE\)|already exists\.|table "/);
    } finally {
      await rival.end();
    }
  });

  it('stops the start naming a bad DATABASE_URL and a short secret without printing either', async () => {
    const { code, output } = await runToExit('dist/main.js', {
      DATABASE_URL: 'mysql://ua:db-password-4711@db.internal/ua',
      SESSION_SECRET: 'short-s3cret',
      REDIS_URL: 'redis://127.0.0.1:6379',
    });
    expect(code).not.toBe(0);
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('SESSION_SECRET');
    expect(output).not.toContain('db-password-4711');
    expect(output).not.toContain('short-s3cret');
  });

  it('names a bad REDIS_URL without its password', async () => {
    const { code, output } = await runToExit('dist/main.js', { REDIS_URL: 'https://:redis-password-4711@cache.internal:6379' });
    expect(code).not.toBe(0);
    expect(output).toContain('REDIS_URL');
    expect(output).not.toContain('redis-password-4711');
  });

  it('announces the worker’s Redis without the password it connects with', async () => {
    const port = await freePort();
    const redis = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--requirepass', 'redis-password-4711'],
      { stdio: 'ignore' },
    );
    try {
      const worker = await startWorkerProcess({
        DATABASE_URL: testApp.database.url,
        REDIS_URL: `redis://:redis-password-4711@127.0.0.1:${port}`,
        QUEUE_PREFIX: `ua-secrets-${port}`,
      });
      worker.process.kill('SIGTERM');
      await worker.exited;
      expect(worker.output()).toContain(`127.0.0.1:${port}`);
      expect(worker.output()).not.toContain('redis-password-4711');
    } finally {
      redis.kill('SIGTERM');
    }
  }, 90_000);
});
