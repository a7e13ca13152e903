import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource, getMetadataArgsStorage } from 'typeorm';
import { databaseOptions } from '../src/database/database-options';
import { entities } from '../src/database/entities';
import { SeedsService } from '../src/seeds/seeds.service';
import { startBuiltApp } from './support/built-app';
import { serverUrl, urlForDatabase } from './support/database-urls';
import { staffClient } from './support/auth';
import { httpClient } from './support/http';
import { seed003Action } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

const EXPECTED_TABLES = entities
  .map((entity) => getMetadataArgsStorage().tables.find((table) => table.target === entity)?.name as string)
  .sort();

async function tablesIn(dataSource: DataSource): Promise<string[]> {
  const rows: Array<{ table_name: string }> = await dataSource.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations' ORDER BY table_name",
  );
  return rows.map((row) => row.table_name);
}

describe('migrations', () => {
  it('build the whole schema on an empty PostgreSQL database, and undo it', async () => {
    const name = `ua_empty_${Date.now()}`;
    const admin = new Client({ connectionString: serverUrl() });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const dataSource = await new DataSource(databaseOptions(urlForDatabase(name), 1)).initialize();
    try {
      const applied = await dataSource.runMigrations();
      expect(applied.length).toBeGreaterThan(0);
      expect(await tablesIn(dataSource)).toEqual(expect.arrayContaining(EXPECTED_TABLES));
      expect((await dataSource.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
      for (let i = 0; i < applied.length; i += 1) await dataSource.undoLastMigration();
      expect(await tablesIn(dataSource)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await admin.query(`DROP DATABASE "${name}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('run on start against an empty embedded PGlite database, which then serves the seeds', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ua-pglite-'));
    const app = await startBuiltApp({
      PGLITE_DIR: join(directory, 'pglite'),
      OUTBOX_DIR: join(directory, 'outbox'),
      PORT: '0',
      REDIS_URL: process.env.REDIS_URL,
      LOG_LEVEL: 'warn',
    });
    try {
      expect(app.output()).toContain('embedded PGlite');
      const actions: any = await (await fetch(`${app.baseUrl}/api/actions`)).json();
      // The historical actions keep their real dates; the demonstration is open for three weeks from this start.
      expect(actions.items.map((action: any) => action.reference).sort()).toEqual(['DEMO 1', 'UA 41/96', 'UA 66/12', 'UA 88/19']);
      const health: any = await (await fetch(`${app.baseUrl}/api/health`)).json();
      expect(health.details.database.status).toBe('up');
      process.stdout.write(`npm start on an empty PGlite answered in ${app.startupMs} ms\n`);
    } finally {
      expect(await app.stop()).toBe(0);
    }
    // A second start on the same data finds the schema and the seeds already there.
    const again = await startBuiltApp({
      PGLITE_DIR: join(directory, 'pglite'),
      PORT: '0',
      REDIS_URL: process.env.REDIS_URL,
      LOG_LEVEL: 'warn',
    });
    try {
      const actions: any = await (await fetch(`${again.baseUrl}/api/actions`)).json();
      expect(actions.total).toBe(4);
    } finally {
      await again.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('npm start without a Redis answering', () => {
  const CLOSED_PORT_URL = 'redis://127.0.0.1:1';

  it('starts a private redis-server when one is installed, and uses it', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'ua-redis-'));
    const app = await startBuiltApp({
      PGLITE_DIR: join(directory, 'pglite'),
      PORT: '0',
      REDIS_URL: CLOSED_PORT_URL,
      LOG_LEVEL: 'warn',
      SEED_ON_START: 'false',
    });
    try {
      const redisLine = /Redis:\s+(\S+)/.exec(app.output())?.[1];
      expect(redisLine).toMatch(/^redis:\/\/127\.0\.0\.1:\d+$/);
      expect(redisLine).not.toBe(CLOSED_PORT_URL);
      const health: any = await (await fetch(`${app.baseUrl}/api/health`)).json();
      expect(health.details.redis.status).toBe('up');
    } finally {
      await app.stop();
      rmSync(directory, { recursive: true, force: true });
    }
  }, 120_000);

  it('stops with a message naming docker compose when no redis-server is installed', async () => {
    const attempt = startBuiltApp({ PATH: '/nonexistent', PORT: '0', REDIS_URL: CLOSED_PORT_URL, PGLITE_DIR: join(tmpdir(), 'ua-never') });
    await expect(attempt).rejects.toThrow(/exited with 1[\s\S]*docker compose up -d/);
  }, 60_000);
});

describe('platform endpoints and seeds', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
  });
  afterAll(() => testApp.close());

  it('reports the database and Redis as up', async () => {
    const health = await http.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.details).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
  });

  it('serves an OpenAPI document generated from the controllers and DTOs', async () => {
    const docs = await http.get('/api/docs-json');
    expect(docs.status).toBe(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/api/actions', '/api/actions/{id}', '/api/targets', '/api/sections', '/api/health']),
    );
    expect(docs.body.components.schemas.ActionFieldsDto.required).toEqual(expect.arrayContaining(['title', 'appealDeadline', 'subjects']));
    expect((await http.get('/api/docs')).status).toBe(200);
  });

  it('loads the seeds once: a second run adds nothing', async () => {
    const seeds = testApp.get(SeedsService);
    const first = await seeds.seed();
    expect(first.actionsCreated.sort()).toEqual(['UA 41/96', 'UA 66/12', 'UA 88/19']);
    expect(first.sectionsCreated.length).toBeGreaterThanOrEqual(2);
    const second = await seeds.seed();
    expect(second).toEqual({ actionsCreated: [], sectionsCreated: [] });
    expect(await seeds.seedIfEmpty()).toBeNull();

    const listed = await http.get('/api/actions?pageSize=10');
    expect(listed.body.total).toBe(3);
    const ua66 = (await http.get('/api/actions?q=UA%2066%2F12')).body.items[0];
    const full = (await http.get(`/api/actions/${ua66.id}`)).body;
    expect(full).toMatchObject({ status: 'published', title: seed003Action().title, asks: seed003Action().asks });
    expect(full.targets.map((link: any) => [link.role, link.target.fax])).toEqual([
      ['primary', '+12129723154'],
      ['primary', '+41227860662'],
      ['copy', null],
    ]);
  });
});
