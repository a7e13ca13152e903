import { Logger } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import type { RedisConnection } from '../redis/redis.module';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * One hit in a fixed window, atomically: KEYS[1] counts the window's hits, KEYS[2] marks a client blocked.
 * ARGV: window ms, limit, block ms. Answers hits, ms left in the window, ms left blocked (<= 0: not blocked).
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
local window = redis.call('PTTL', KEYS[1])
if window < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  window = tonumber(ARGV[1])
end
local blocked = redis.call('PTTL', KEYS[2])
if blocked <= 0 and hits > tonumber(ARGV[2]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
  blocked = tonumber(ARGV[3])
end
return { hits, window, blocked }
`;

/**
 * The throttler's counts in Redis, so every instance behind a load balancer counts a client once. Written here
 * rather than taken from @nest-lab/throttler-storage-redis, whose peer range stops at NestJS 11; the whole of it
 * is the one script above.
 */
export class RedisThrottlerStorage implements ThrottlerStorage {
  private readonly logger = new Logger('RedisThrottlerStorage');
  /** While Redis does not answer, each instance counts on its own: limits still hold, per instance, and requests answer. */
  private readonly whileRedisIsDown = new ThrottlerStorageService();
  private warnedAt = 0;

  constructor(
    private readonly redis: RedisConnection,
    private readonly keyPrefix: string,
  ) {}

  async increment(key: string, ttl: number, limit: number, blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const hitsKey = `${this.keyPrefix}:throttle:${throttlerName}:${key}`;
    let answer: number[];
    try {
      answer = (await this.redis.client.eval(HIT_SCRIPT, 2, hitsKey, `${hitsKey}:blocked`, ttl, limit, blockDuration)) as number[];
    } catch (error) {
      if (Date.now() - this.warnedAt > 60_000) {
        this.warnedAt = Date.now();
        this.logger.warn(`Rate limits counted in this process while Redis does not answer: ${(error as Error).message}`);
      }
      return this.whileRedisIsDown.increment(key, ttl, limit, blockDuration, throttlerName);
    }
    const [hits, windowMs, blockedMs] = answer;
    const isBlocked = blockedMs > 0;
    return {
      totalHits: hits,
      timeToExpire: Math.ceil(windowMs / 1000),
      isBlocked,
      timeToBlockExpire: isBlocked ? Math.ceil(blockedMs / 1000) : 0,
    };
  }
}
