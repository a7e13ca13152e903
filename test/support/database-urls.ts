import { createHash } from 'node:crypto';
import { migrations } from '../../src/database/migrations';
import { databaseOn } from './postgres-server';

/** The PostgreSQL server tests run against: TEST_DATABASE_URL, else DATABASE_URL, else the local one. */
export function serverUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
}

export function urlForDatabase(name: string): string {
  return databaseOn(serverUrl(), name);
}

/** Named after the migrations it holds (names and code), so adding or editing a migration makes a fresh template. */
export function templateDatabaseName(): string {
  const source = migrations.map((migration) => `${migration.name}\n${migration.toString()}`).join('\n');
  return `ua_template_${createHash('sha1').update(source).digest('hex').slice(0, 12)}`;
}

/** Serialises template creation and cloning across test files and concurrent test runs. */
export const TEMPLATE_LOCK = 727_001;
