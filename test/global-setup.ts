import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from '../src/database/database-options';
import { ensureChromium } from './support/chromium';
import { serverUrl, TEMPLATE_LOCK, templateDatabaseName, urlForDatabase } from './support/database-urls';

/**
 * Makes sure the browser tests have their Chromium (installing Debian's when it is missing), builds dist/
 * once (tests that start the real app or a worker process run it), then runs the migrations once, into a
 * template database that each test file clones.
 */
export default async function globalSetup(): Promise<void> {
  ensureChromium();
  if (process.env.UA_TEST_SKIP_BUILD !== '1') {
    // flock: several Jest runs on one checkout must not write dist/ at the same time.
    execFileSync('flock', [join(tmpdir(), 'ua-dist-build.lock'), process.execPath, require.resolve('@nestjs/cli/bin/nest.js'), 'build'], {
      cwd: join(__dirname, '..'),
      stdio: 'inherit',
    });
  }
  const admin = new Client({ connectionString: serverUrl() });
  await admin.connect();
  const template = templateDatabaseName();
  try {
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [template]);
    if (exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE "${template}"`);
      const dataSource = await new DataSource(databaseOptions(urlForDatabase(template), 1)).initialize();
      try {
        await dataSource.runMigrations();
      } catch (error) {
        await dataSource.destroy();
        await admin.query(`DROP DATABASE "${template}"`);
        throw error;
      }
      await dataSource.destroy();
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    await admin.end();
  }
}
