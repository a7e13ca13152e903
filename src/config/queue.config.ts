import type { Environment } from './environment';

/** What this process does with the queues: work their jobs, enqueue the scheduled ones, and how long it holds a job. */
export class QueueConfig {
  readonly runWorker: boolean;
  readonly runScheduler: boolean;
  readonly lockMs: number;

  constructor(environment: Environment) {
    this.runWorker = environment.RUN_WORKER;
    this.runScheduler = environment.RUN_SCHEDULER;
    this.lockMs = environment.QUEUE_LOCK_MS;
  }
}
