import type { DefaultJobOptions, RedisOptions } from 'bullmq';
import type { RedisConfig } from '../../config/redis.config';
import type { SendingConfig } from '../../config/sending.config';

/** BullMQ's connection for a worker (the key prefix is RedisConfig's keyPrefix). */
export function redisOptions(redis: RedisConfig): RedisOptions {
  // Workers block on Redis; they must wait for it to come back rather than give up on a command.
  return { url: redis.url, maxRetriesPerRequest: null };
}

/** How long a producer waits for Redis to answer one command. */
export const PRODUCER_COMMAND_TIMEOUT_MS = 5000;

/**
 * Producers fail fast instead: the rows they wake are committed before they add a job, so a request must not wait
 * for Redis to come back; the reconciler queues what they could not. No offline queue (a command while disconnected
 * fails at once) and a command timeout (for a Redis that accepts the connection but does not answer).
 */
export function producerRedisOptions(redis: RedisConfig): RedisOptions {
  return { url: redis.url, enableOfflineQueue: false, maxRetriesPerRequest: 1, commandTimeout: PRODUCER_COMMAND_TIMEOUT_MS };
}

export const CAPPED_BACKOFF = 'capped exponential';

/** Doubling from MAIL_RETRY_DELAY_MS, never more than MAIL_RETRY_MAX_DELAY_MS: a message retried for a day is tried every few minutes, not once. */
export function cappedBackoff(sending: SendingConfig): (attemptsMade: number) => number {
  return (attemptsMade) => Math.min(sending.retryDelayMs * 2 ** Math.min(Math.max(attemptsMade - 1, 0), 30), sending.retryMaxDelayMs);
}

/** Attempts and backoff for every job; a send's permanent failure ends early with UnrecoverableError. */
export function defaultJobOptions(sending: SendingConfig): DefaultJobOptions {
  return {
    attempts: sending.attempts,
    backoff: { type: CAPPED_BACKOFF, delay: sending.retryDelayMs },
    // The outbox row keeps the history; a finished job is removed so the reconciler may add its id again.
    removeOnComplete: true,
    removeOnFail: { count: 5000 },
  };
}
