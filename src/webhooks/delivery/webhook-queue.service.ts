import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RedisConfig } from '../../config/redis.config';
import { WebhooksConfig } from '../../config/webhooks.config';
import { producerRedisOptions } from '../../notifications/queues/queue-settings';
import { WEBHOOK_QUEUE, webhookJobIdOf, WebhookJobName, WebhookJobPayloads } from './webhook-queue';

/** The producer: the only way jobs get into the webhook queue. Attempts and backoff are set here, once. */
@Injectable()
export class WebhookQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('WebhookQueue');
  readonly queue: Queue;

  constructor(@Inject(RedisConfig) redis: RedisConfig, @Inject(WebhooksConfig) webhooks: WebhooksConfig) {
    this.queue = new Queue(WEBHOOK_QUEUE, {
      connection: producerRedisOptions(redis),
      prefix: redis.keyPrefix,
      defaultJobOptions: {
        attempts: webhooks.attempts,
        backoff: { type: 'exponential', delay: webhooks.retryDelayMs },
        // The delivery row keeps the history; a finished job is removed so maintenance may add its id again.
        removeOnComplete: true,
        removeOnFail: { count: 1000 },
      },
    });
    this.queue.on('error', (error) => this.logger.warn(`Redis for the webhook queue: ${error.message}; maintenance queues what waits`));
  }

  /** Adds the job unless one with its id exists (add(), not addBulk(), because we rely on that). */
  async enqueue<Name extends WebhookJobName>(name: Name, payload: WebhookJobPayloads[Name], attempts?: number): Promise<void> {
    const jobId = (webhookJobIdOf[name] as (payload: WebhookJobPayloads[Name]) => string)(payload);
    await this.queue.add(name, payload, { jobId, ...(attempts ? { attempts } : {}) });
  }

  async deliver(deliveryIds: string[]): Promise<void> {
    for (const deliveryId of deliveryIds) await this.enqueue('deliver webhook', { deliveryId });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
