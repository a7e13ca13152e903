import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker, WorkerOptions } from 'bullmq';
import { LoggingConfig } from '../../config/logging.config';
import { QueueConfig } from '../../config/queue.config';
import { RedisConfig } from '../../config/redis.config';
import { SendingConfig } from '../../config/sending.config';
import { NotificationQueue, NotificationQueueName } from '../queues/notification-queues';
import { cappedBackoff, redisOptions } from '../queues/queue-settings';
import { JobHandlers } from './job-handlers';
import { logJobOutcomes } from './job-log';

/** Works the notification queues when RUN_WORKER is set; on shutdown lets running jobs finish before the database closes. */
@Injectable()
export class NotificationWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationWorkers');
  private workers: Worker[] = [];

  constructor(
    @Inject(QueueConfig) private readonly queue: QueueConfig,
    @Inject(RedisConfig) private readonly redis: RedisConfig,
    @Inject(SendingConfig) private readonly sending: SendingConfig,
    @Inject(LoggingConfig) private readonly logging: LoggingConfig,
    private readonly jobs: JobHandlers,
  ) {}

  onApplicationBootstrap(): void {
    if (this.queue.runWorker) this.start();
  }

  start(): void {
    if (this.workers.length > 0) return;
    const shared: WorkerOptions = {
      connection: redisOptions(this.redis),
      prefix: this.redis.keyPrefix,
      lockDuration: this.queue.lockMs,
      stalledInterval: this.queue.lockMs,
      settings: { backoffStrategy: cappedBackoff(this.sending) },
    };
    const perQueue: Record<NotificationQueueName, Partial<WorkerOptions>> = {
      // MAIL_RATE_PER_SECOND counts messages, not jobs (a batch carries fifty): MailRate holds it, in Redis, for every worker.
      [NotificationQueue.Send]: { concurrency: this.sending.concurrency },
      [NotificationQueue.Fanout]: { concurrency: 2 },
      [NotificationQueue.Maintenance]: { concurrency: 1 },
    };
    this.workers = Object.values(NotificationQueue).map((name) => {
      const worker = new Worker(name, (job, token) => this.jobs.handle(job, token), { ...shared, ...perQueue[name] });
      logJobOutcomes(worker, this.logger, this.logging);
      worker.on('error', (error) => this.logger.error(`${name} worker: ${error.message}`));
      return worker;
    });
  }

  async onModuleDestroy(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(workers.map((worker) => worker.close()));
  }
}
