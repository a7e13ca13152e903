import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RedisConfig } from '../../config/redis.config';
import { RedisConnection } from '../../redis/redis.module';

export const DAY_MS = 24 * 3_600_000;

/**
 * One letter counted against an address's window if the window holds fewer than the cap, atomically. KEYS[1] is a
 * sorted set of the window's letters scored by when they were asked for. ARGV: now ms, window ms, cap, member.
 * Answers -1 when counted, else how many the window holds.
 */
const RESERVE_SCRIPT = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
local count = redis.call('ZCARD', KEYS[1])
if count >= tonumber(ARGV[3]) then return count end
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[4])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return -1
`;

export interface IpCap {
  /** Which count: letters asked for, or letters reported sent. */
  scope: 'requested' | 'reported';
  /** The address as a keyed hash (WriterKeys.requester): no IP is written to Redis. */
  requesterKey: string;
  cap: number;
  now: Date;
  /** While Redis does not answer: the window's count from the database (the caller's transaction holds the address's lock). */
  countInDatabase: (manager: EntityManager, since: Date) => Promise<number>;
  /** The refusal for a full window holding `count` letters. */
  refusal: (count: number) => Error;
}

/** A letter counted in its address's window; `release` uncounts it when the letter was not written after all. */
export interface IpCapReservation {
  release(): Promise<void>;
}

/**
 * Letters per IP address in the last 24 hours. Every writer behind one address (an office, a campus, a proxy) shares
 * its count, so counting it in the database under one lock made them all queue; one atomic step in Redis counts it
 * instead. While Redis does not answer, the count comes from the database under the address's lock, as before.
 */
@Injectable()
export class IpDailyCaps {
  private readonly logger = new Logger('IpDailyCaps');
  private readonly prefix: string;
  private warnedAt = 0;

  constructor(
    private readonly redis: RedisConnection,
    @Inject(RedisConfig) redisConfig: RedisConfig,
  ) {
    this.prefix = `${redisConfig.keyPrefix}:daily-cap`;
  }

  /** Counts one letter, or throws the cap's refusal. Call it inside the transaction that writes the letter. */
  async reserve(manager: EntityManager, cap: IpCap): Promise<IpCapReservation> {
    return (await this.reserveInRedis(cap)) ?? this.reserveInDatabase(manager, cap);
  }

  /** Counts one letter in Redis, or throws the cap's refusal; null when Redis does not answer (count in the database). */
  async reserveInRedis(cap: IpCap): Promise<IpCapReservation | null> {
    const key = `${this.prefix}:${cap.scope}:${cap.requesterKey}`;
    const member = randomUUID();
    let held: number;
    try {
      held = Number(await this.redis.client.eval(RESERVE_SCRIPT, 1, key, cap.now.getTime(), DAY_MS, cap.cap, member));
    } catch (error) {
      this.warnOnce(error as Error);
      return null;
    }
    if (held >= 0) throw cap.refusal(held);
    return { release: async () => void (await this.redis.client.zrem(key, member)) };
  }

  /** Counts from the rows, under the address's lock until `manager`'s transaction ends. */
  async reserveInDatabase(manager: EntityManager, cap: IpCap): Promise<IpCapReservation> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('daily cap:' || $1 || ':' || $2))`, [cap.scope, cap.requesterKey]);
    const count = await cap.countInDatabase(manager, new Date(cap.now.getTime() - DAY_MS));
    if (count >= cap.cap) throw cap.refusal(count);
    return { release: async () => undefined };
  }

  private warnOnce(error: Error): void {
    if (Date.now() - this.warnedAt < 60_000) return;
    this.warnedAt = Date.now();
    this.logger.warn(`Daily caps per IP counted in the database, one writer at a time, while Redis does not answer: ${error.message}`);
  }
}
