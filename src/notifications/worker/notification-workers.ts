import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { Worker, WorkerOptions } from 'bullmq';
import { Environment } from '../../config/environment';
import { NotificationQueue, NotificationQueueName } from '../queues/notification-queues';
import { cappedBackoff, queuePrefix, redisOptions } from '../queues/queue-settings';
import { JobHandlers } from './job-handlers';
import { logJobOutcomes } from './job-log';

/** Works the notification queues when RUN_WORKER is set; on shutdown lets running jobs finish before the database closes. */
@Injectable()
export class NotificationWorkers implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationWorkers');
  private workers: Worker[] = [];

  constructor(@Inject(Environment) private readonly environment: Environment, private readonly jobs: JobHandlers) {}

  onApplicationBootstrap(): void {
    if (this.environment.RUN_WORKER) this.start();
  }

  start(): void {
    if (this.workers.length > 0) return;
    const environment = this.environment;
    const shared: WorkerOptions = {
      connection: redisOptions(environment),
      prefix: queuePrefix(environment),
      lockDuration: environment.QUEUE_LOCK_MS,
      stalledInterval: environment.QUEUE_LOCK_MS,
      settings: { backoffStrategy: cappedBackoff(environment) },
    };
    const perQueue: Record<NotificationQueueName, Partial<WorkerOptions>> = {
      // MAIL_RATE_PER_SECOND counts messages, not jobs (a batch carries fifty): MailRate holds it, in Redis, for every worker.
      [NotificationQueue.Send]: { concurrency: environment.MAIL_CONCURRENCY },
      [NotificationQueue.Fanout]: { concurrency: 2 },
      [NotificationQueue.Maintenance]: { concurrency: 1 },
    };
    this.workers = Object.values(NotificationQueue).map((name) => {
      const worker = new Worker(name, (job, token) => this.jobs.handle(job, token), { ...shared, ...perQueue[name] });
      logJobOutcomes(worker, this.logger, environment);
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
