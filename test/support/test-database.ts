import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { serverUrl, TEMPLATE_LOCK, templateDatabaseName, urlForDatabase } from './database-urls';
import { withClient } from './postgres-server';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

const withAdmin = <T>(work: (client: Client) => Promise<T>): Promise<T> => withClient(serverUrl(), work);

/** A database of its own for one test file, cloned from the migrated template (global setup made it). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `ua_t_${randomBytes(6).toString('hex')}`;
  await withAdmin(async (client) => {
    await client.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      await client.query(`CREATE DATABASE "${name}" TEMPLATE "${templateDatabaseName()}"`);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
  return {
    url: urlForDatabase(name),
    drop: () => withAdmin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
