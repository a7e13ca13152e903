import { Inject, Injectable, Logger } from '@nestjs/common';
import { RedisConfig } from '../../config/redis.config';
import { SendingConfig } from '../../config/sending.config';
import { RedisConnection } from '../../redis/redis.module';

const WINDOW_MS = 1000;

/**
 * MAIL_RATE_PER_SECOND counted per message, not per job (a job may carry fifty), across every worker sharing the SMTP
 * server: each second has a counter in Redis, and a group of messages waits for a second with room for all of it.
 * If Redis cannot count, the messages go at the pool's pace rather than not at all.
 */
@Injectable()
export class MailRate {
  private readonly logger = new Logger('MailRate');
  private readonly prefix: string;

  constructor(
    @Inject(SendingConfig) private readonly sending: SendingConfig,
    @Inject(RedisConfig) redisConfig: RedisConfig,
    private readonly redis: RedisConnection,
  ) {
    this.prefix = `${redisConfig.keyPrefix}:mail-rate`;
  }

  /** The largest group take() can grant at once. */
  get perWindow(): number {
    return this.sending.ratePerSecond;
  }

  /** Waits until `count` (at most perWindow) messages may go now. */
  async take(count: number): Promise<void> {
    for (;;) {
      const window = Math.floor(Date.now() / WINDOW_MS);
      const used = await this.reserve(window, count);
      if (used === null || used <= this.perWindow) return;
      await new Promise((resolve) => setTimeout(resolve, (window + 1) * WINDOW_MS - Date.now()));
    }
  }

  /** The count in this window with ours added, taken back if it does not fit; null when Redis did not answer. */
  private async reserve(window: number, count: number): Promise<number | null> {
    const key = `${this.prefix}:${window}`;
    try {
      const answers = await this.redis.client
        .multi()
        .incrby(key, count)
        .pexpire(key, 2 * WINDOW_MS)
        .exec();
      const used = Number(answers?.[0]?.[1]);
      if (used > this.perWindow) await this.redis.client.decrby(key, count);
      return used;
    } catch (error) {
      this.logger.warn(`Counting messages against MAIL_RATE_PER_SECOND failed, sending without: ${(error as Error).message}`);
      return null;
    }
  }
}
