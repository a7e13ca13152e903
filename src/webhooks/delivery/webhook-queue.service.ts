import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { Environment } from '../../config/environment';
import { producerRedisOptions, queuePrefix } from '../../notifications/queues/queue-settings';
import { WEBHOOK_QUEUE, webhookJobIdOf, WebhookJobName, WebhookJobPayloads } from './webhook-queue';

/** The producer: the only way jobs get into the webhook queue. Attempts and backoff are set here, once. */
@Injectable()
export class WebhookQueue implements OnApplicationShutdown {
  private readonly logger = new Logger('WebhookQueue');
  readonly queue: Queue;

  constructor(@Inject(Environment) environment: Environment) {
    this.queue = new Queue(WEBHOOK_QUEUE, {
      connection: producerRedisOptions(environment),
      prefix: queuePrefix(environment),
      defaultJobOptions: {
        attempts: environment.WEBHOOK_ATTEMPTS,
        backoff: { type: 'exponential', delay: environment.WEBHOOK_RETRY_DELAY_MS },
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
