import type { Environment } from './environment';

/** The outbox's pace and patience: how fast and how many at once it sends, how a send is leased, and how long it retries. */
export class SendingConfig {
  readonly ratePerSecond: number;
  readonly concurrency: number;
  readonly leaseMs: number;
  readonly relayProbeMs: number;
  readonly attempts: number;
  readonly retryDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly noticeStaleHours: number;
  /** A sign-in link is tried as long as it works (MAGIC_LINK_TTL_MINUTES). */
  readonly signInLinkTtlMinutes: number;

  constructor(environment: Environment) {
    this.ratePerSecond = environment.MAIL_RATE_PER_SECOND;
    this.concurrency = environment.MAIL_CONCURRENCY;
    this.leaseMs = environment.SEND_LEASE_MS;
    this.relayProbeMs = environment.RELAY_PROBE_MS;
    this.attempts = environment.MAIL_SEND_ATTEMPTS;
    this.retryDelayMs = environment.MAIL_RETRY_DELAY_MS;
    this.retryMaxDelayMs = environment.MAIL_RETRY_MAX_DELAY_MS;
    this.noticeStaleHours = environment.NOTICE_STALE_HOURS;
    this.signInLinkTtlMinutes = environment.MAGIC_LINK_TTL_MINUTES;
  }
}
