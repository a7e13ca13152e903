import { Configuration, configurationOf } from '../config/configuration';
import { loadEnvironment, Environment } from '../config/environment';
import { DatabaseEndpoint, openDatabase } from '../database/embedded-postgres';
import { refuseUnsafeProductionSetup } from './production-guards';
import { ensureRedis, redisAnswers, RedisEndpoint } from './redis-availability';

export interface Infrastructure {
  /** The variables as read, for the start-up banner and guards. */
  environment: Environment;
  /** The groups the app's classes take, built once. */
  configuration: Configuration;
  database: DatabaseEndpoint;
  redis: RedisEndpoint;
  close(): Promise<void>;
}

/** The database and Redis a process needs, started here when the environment names none. */
export async function startInfrastructure(): Promise<Infrastructure> {
  const environment = loadEnvironment();
  if (environment.NODE_ENV === 'production')
    refuseUnsafeProductionSetup(environment, { redisAnswers: await redisAnswers(environment.REDIS_URL) });
  const redis = await ensureRedis(environment.REDIS_URL, 'var/redis');
  // Read once: the configuration is built from this, so the app (and the banner) use the Redis that answers.
  environment.REDIS_URL = redis.url;
  const database = await openDatabase(environment.DATABASE_URL, environment.PGLITE_DIR);
  return {
    environment,
    configuration: configurationOf(environment),
    database,
    redis,
    async close() {
      await database.close();
      redis.stop();
    },
  };
}

/** Prints a start-up failure as a message (not a stack) and exits non-zero. */
export function exitWithStartupError(error: unknown): never {
  const message = error instanceof Error ? error.message : String(error);
  if (process.env.LOG_FORMAT === 'json')
    process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), pid: process.pid, msg: `Cannot start: ${message}` })}\n`);
  else process.stderr.write(`\nCannot start: ${message}\n`);
  process.exit(1);
}
