import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Job, UnrecoverableError, Worker } from 'bullmq';
import { QueueConfig } from '../../config/queue.config';
import { RedisConfig } from '../../config/redis.config';
import { redisOptions } from '../../notifications/queues/queue-settings';
import { DeliverWebhook } from '../use-cases/deliver-webhook';
import { WebhookMaintenance } from '../use-cases/webhook-maintenance';
import { WEBHOOK_QUEUE, WebhookJobName, WebhookJobPayloads } from './webhook-queue';

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** Works the webhook queue when RUN_WORKER is set, beside the notification workers. */
@Injectable()
export class WebhookWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('WebhookWorker');
  private worker: Worker | null = null;

  constructor(
    @Inject(QueueConfig) private readonly queue: QueueConfig,
    @Inject(RedisConfig) private readonly redis: RedisConfig,
    private readonly deliver: DeliverWebhook,
    private readonly maintenance: WebhookMaintenance,
  ) {}

  /** One handler per job name; the mapped type makes a missing one a compile error. */
  private readonly handlers: { [Name in WebhookJobName]: (job: Job<WebhookJobPayloads[Name]>) => Promise<unknown> } = {
    'deliver webhook': async (job) => {
      const outcome = await this.deliver.execute(job.data.deliveryId, isLastAttempt(job));
      if (typeof outcome === 'string') return outcome;
      if ('failed' in outcome) throw new UnrecoverableError(outcome.failed);
      throw new Error(outcome.retry);
    },
    'webhook maintenance': () => this.maintenance.pass(),
  };

  onApplicationBootstrap(): void {
    if (!this.queue.runWorker) return;
    this.worker = new Worker(WEBHOOK_QUEUE, (job) => this.handle(job), {
      connection: redisOptions(this.redis),
      prefix: this.redis.keyPrefix,
      concurrency: 4,
      lockDuration: this.queue.lockMs,
      stalledInterval: this.queue.lockMs,
    });
    this.worker.on('failed', (job, error) => this.logger.log(`${job?.name} ${job?.id} attempt ${job?.attemptsMade}: ${error.message}`));
    this.worker.on('error', (error) => this.logger.error(`webhook worker: ${error.message}`));
  }

  private handle(job: Job): Promise<unknown> {
    const handler = this.handlers[job.name as WebhookJobName] as ((job: Job) => Promise<unknown>) | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    return handler(job);
  }

  async onModuleDestroy(): Promise<void> {
    await this.worker?.close();
    this.worker = null;
  }
}
