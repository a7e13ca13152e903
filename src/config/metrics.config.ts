import type { Environment } from './environment';

/** Who may read /metrics, how often the outbox is recounted, and where a worker process serves its probes. */
export class MetricsConfig {
  /** Set: callers other than loopback may read /metrics with "Authorization: Bearer <token>". */
  readonly token: string | undefined;
  readonly outboxRecountSeconds: number;
  readonly workerPort: number;
  readonly workerHost: string;

  constructor(environment: Environment) {
    this.token = environment.METRICS_TOKEN;
    this.outboxRecountSeconds = environment.OUTBOX_METRICS_RECOUNT_SECONDS;
    this.workerPort = environment.WORKER_METRICS_PORT;
    this.workerHost = environment.WORKER_METRICS_HOST;
  }
}
