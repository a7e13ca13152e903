import { Global, Inject, Injectable, Module, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { RedisConfig } from '../config/redis.config';

/** The app's one shared Redis connection (BullMQ opens its own from the same URL). */
@Injectable()
export class RedisConnection implements OnApplicationShutdown {
  readonly client: Redis;

  constructor(@Inject(RedisConfig) config: RedisConfig) {
    // Requests use it (rate limits, health): a Redis that stops answering must not hold them longer than this.
    this.client = new Redis(config.url, { maxRetriesPerRequest: 1, lazyConnect: true, enableOfflineQueue: true, commandTimeout: 5000 });
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client.status !== 'end') await this.client.quit().catch(() => this.client.disconnect());
  }
}

@Global()
@Module({ providers: [RedisConnection], exports: [RedisConnection] })
export class RedisModule {}
