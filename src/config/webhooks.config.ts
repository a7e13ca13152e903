import type { Environment } from './environment';

/** How webhook deliveries are tried. */
export class WebhooksConfig {
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly timeoutMs: number;

  constructor(environment: Environment) {
    this.attempts = environment.WEBHOOK_ATTEMPTS;
    this.retryDelayMs = environment.WEBHOOK_RETRY_DELAY_MS;
    this.timeoutMs = environment.WEBHOOK_TIMEOUT_MS;
  }
}
