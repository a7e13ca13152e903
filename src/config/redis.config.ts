import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Environment } from './environment';

/** The Redis the app shares, and the prefix of every key it writes there (queues, rate limits, daily caps). */
export class RedisConfig {
  readonly url: string;
  readonly keyPrefix: string;

  constructor(environment: Environment) {
    this.url = environment.REDIS_URL;
    this.keyPrefix = keyPrefixOf(environment);
  }
}

/**
 * QUEUE_PREFIX, else "ua:" and the database name, so two databases sharing a Redis never take each other's jobs or
 * throttles. Every embedded database is a folder of its own: two apps on two folders once shared "ua:pglite", and
 * one's worker took the other's jobs, found no such row in its own database and dropped them.
 */
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function keyPrefixOf(environment: Environment): string {
  if (environment.QUEUE_PREFIX) return environment.QUEUE_PREFIX;
  if (!environment.DATABASE_URL) return `ua:pglite-${sha256(resolve(environment.PGLITE_DIR)).slice(0, 12)}`;
  return `ua:${new URL(environment.DATABASE_URL).pathname.slice(1) || 'postgres'}`;
}
