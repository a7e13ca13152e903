import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, startBuiltApp } from '../support/built-app';
import { createTestDatabase, TestDatabase } from '../support/test-database';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const OWN_SECRETS = {
  SESSION_SECRET: 'session-secret-never-printed-1',
  MAGIC_LINK_SECRET: 'magic-secret-never-printed-22',
  UNSUBSCRIBE_SECRET: 'unsubscribe-secret-never-printed-333',
};

interface Exit {
  code: number | null;
  output: string;
}

/** Runs a built entry point to its exit (a refused start exits by itself), with only the variables given. */
function runToExit(entry: string, environment: Record<string, string | undefined>, timeoutMs = 30_000): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(PROJECT_ROOT, entry)], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${entry} did not exit within ${timeoutMs} ms; it started instead of refusing:\n${output}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('NODE_ENV=production refuses to fall back silently to what only suits a laptop', () => {
  let directory: string;
  let database: TestDatabase;
  let sink: SmtpSink;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ua-production-'));
    database = await createTestDatabase();
    sink = await startSmtpSink();
  });

  afterAll(async () => {
    await sink.close();
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  const production = (extra: Record<string, string | undefined>) => ({
    NODE_ENV: 'production',
    PORT: '0',
    REDIS_URL: redisUrl,
    PGLITE_DIR: join(directory, 'pglite'),
    OUTBOX_DIR: join(directory, 'outbox'),
    SEED_ON_START: 'false',
    ...OWN_SECRETS,
    ...extra,
  });

  const expectNoSecretIn = (output: string) => {
    for (const value of [...Object.values(OWN_SECRETS), database.url, sink.url]) expect(output).not.toContain(value);
  };

  it('refuses the embedded PGlite database, naming DATABASE_URL and ALLOW_EMBEDDED_DATABASE', async () => {
    const { code, output } = await runToExit('dist/main.js', production({ SMTP_URL: sink.url }));
    expect(code).toBe(1);
    expect(output).toContain('Cannot start: NODE_ENV=production refuses this setup');
    expect(output).toMatch(/DATABASE_URL is not set.*ALLOW_EMBEDDED_DATABASE=1/);
    expect(output).not.toContain('ALLOW_FILE_OUTBOX');
    expectNoSecretIn(output);
  });

  it('says so in one JSON line when LOG_FORMAT=json', async () => {
    const { code, output } = await runToExit('dist/main.js', production({ SMTP_URL: sink.url, LOG_FORMAT: 'json' }));
    expect(code).toBe(1);
    const lines = output.split('\n').filter((line) => line.trim() !== '');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0])).toMatchObject({
      level: 60,
      msg: expect.stringMatching(/^Cannot start: NODE_ENV=production refuses this setup:\n.*ALLOW_EMBEDDED_DATABASE=1/s),
    });
    expectNoSecretIn(output);
  });

  it('refuses the file outbox, naming SMTP_URL and ALLOW_FILE_OUTBOX, in the API and in a worker', async () => {
    const api = await runToExit('dist/main.js', production({ DATABASE_URL: database.url }));
    expect(api.code).toBe(1);
    expect(api.output).toMatch(/SMTP_URL is not set.*ALLOW_FILE_OUTBOX=1/);
    expect(api.output).not.toContain('ALLOW_EMBEDDED_DATABASE');
    expectNoSecretIn(api.output);
    const worker = await runToExit('dist/worker.js', production({ DATABASE_URL: database.url, WORKER_METRICS_PORT: '0' }));
    expect(worker.code).toBe(1);
    expect(worker.output).toMatch(/SMTP_URL is not set.*ALLOW_FILE_OUTBOX=1/);
  });

  it('refuses to start a private Redis when REDIS_URL does not answer, naming ALLOW_PRIVATE_REDIS', async () => {
    const { code, output } = await runToExit(
      'dist/main.js',
      production({ DATABASE_URL: database.url, SMTP_URL: sink.url, REDIS_URL: 'redis://127.0.0.1:9' }),
    );
    expect(code).toBe(1);
    expect(output).toMatch(/REDIS_URL does not answer.*ALLOW_PRIVATE_REDIS=1/);
    expectNoSecretIn(output);
  });

  it('lists every refusal at once, and still refuses the development secrets by name', async () => {
    const { code, output } = await runToExit('dist/main.js', { ...production({}), SESSION_SECRET: undefined });
    expect(code).toBe(1);
    expect(output).toContain('SESSION_SECRET: set a secret of your own');
    const both = await runToExit('dist/main.js', production({}));
    expect(both.output).toMatch(/ALLOW_EMBEDDED_DATABASE=1[\s\S]*ALLOW_FILE_OUTBOX=1/);
  });

  it('starts when each fallback is allowed by name, and when PostgreSQL, SMTP and Redis are given', async () => {
    const allowed = await startBuiltApp(production({ ALLOW_EMBEDDED_DATABASE: '1', ALLOW_FILE_OUTBOX: 'true' }));
    expect((await fetch(`${allowed.baseUrl}/api/health/live`)).status).toBe(200);
    expect(await allowed.stop()).toBe(0);
    const proper = await startBuiltApp(production({ DATABASE_URL: database.url, SMTP_URL: sink.url }));
    expect((await fetch(`${proper.baseUrl}/api/health/ready`)).status).toBe(200);
    expect(await proper.stop()).toBe(0);
  }, 120_000);
});
