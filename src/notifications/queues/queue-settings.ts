import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { DefaultJobOptions, RedisOptions } from 'bullmq';
import { Environment } from '../../config/environment';

/**
 * BullMQ's (and the throttler's) key prefix: QUEUE_PREFIX, else "ua:" and the database name, so two databases sharing
 * a Redis never take each other's jobs. Every embedded database is a folder of its own: two apps on two folders once
 * shared "ua:pglite", and one's worker took the other's jobs, found no such row in its own database and dropped them.
 */
export function queuePrefix(environment: Environment): string {
  if (environment.QUEUE_PREFIX) return environment.QUEUE_PREFIX;
  if (!environment.DATABASE_URL) return `ua:pglite-${createHash('sha256').update(resolve(environment.PGLITE_DIR)).digest('hex').slice(0, 12)}`;
  return `ua:${new URL(environment.DATABASE_URL).pathname.slice(1) || 'postgres'}`;
}

export function redisOptions(environment: Environment): RedisOptions {
  // Workers block on Redis; they must wait for it to come back rather than give up on a command.
  return { url: environment.REDIS_URL, maxRetriesPerRequest: null };
}

/** How long a producer waits for Redis to answer one command. */
export const PRODUCER_COMMAND_TIMEOUT_MS = 5000;

/**
 * Producers fail fast instead: the rows they wake are committed before they add a job, so a request must not wait
 * for Redis to come back; the reconciler queues what they could not. No offline queue (a command while disconnected
 * fails at once) and a command timeout (for a Redis that accepts the connection but does not answer).
 */
export function producerRedisOptions(environment: Environment): RedisOptions {
  return { url: environment.REDIS_URL, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS };
}

export const CAPPED_BACKOFF = 'capped exponential';

/** Doubling from MAIL_RETRY_DELAY_MS, never more than MAIL_RETRY_MAX_DELAY_MS: a message retried for a day is tried every few minutes, not once. */
export function cappedBackoff(environment: Environment): (attemptsMade: number) => number {
  return (attemptsMade) => Math.min(environment.MAIL_RETRY_DELAY_MS * 2 ** Math.min(Math.max(attemptsMade - 1, 0), 30), environment.MAIL_RETRY_MAX_DELAY_MS);
}

/** Attempts and backoff for every job; a send's permanent failure ends early with UnrecoverableError. */
export function defaultJobOptions(environment: Environment): DefaultJobOptions {
  return {
    attempts: environment.MAIL_SEND_ATTEMPTS,
    backoff: { type: CAPPED_BACKOFF, delay: environment.MAIL_RETRY_DELAY_MS },
    // The outbox row keeps the history; a finished job is removed so the reconciler may add its id again.
    removeOnComplete: true,
    removeOnFail: { count: 5000 },
  };
}
