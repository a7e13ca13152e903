import type { Environment } from './environment';

/** How mail leaves (the SMTP relay's pool, or .eml files when there is none), from whom, and how bounces come back. */
export class MailConfig {
  /** Absent: mail is written as .eml files to `outboxDir`. */
  readonly smtpUrl: string | undefined;
  readonly outboxDir: string;
  readonly maxConnections: number;
  readonly maxMessages: number;
  readonly connectionTimeoutMs: number;
  readonly greetingTimeoutMs: number;
  readonly socketTimeoutMs: number;
  readonly from: string;
  /** The sender's name when a message's content gives none: the organisation's (ORGANISATION_NAME). */
  readonly fromName: string;
  /** Set: each message's return path is bounce+<outbox row id>@ this domain (VERP). */
  readonly bounceDomain: string | undefined;
  readonly bounceSmtpHost: string;
  /** Absent: no inbound SMTP endpoint takes bounces in. */
  readonly bounceSmtpPort: number | undefined;

  constructor(environment: Environment) {
    this.smtpUrl = environment.SMTP_URL;
    this.outboxDir = environment.OUTBOX_DIR;
    this.maxConnections = environment.SMTP_MAX_CONNECTIONS;
    this.maxMessages = environment.SMTP_MAX_MESSAGES;
    this.connectionTimeoutMs = environment.SMTP_CONNECTION_TIMEOUT_MS;
    this.greetingTimeoutMs = environment.SMTP_GREETING_TIMEOUT_MS;
    this.socketTimeoutMs = environment.SMTP_SOCKET_TIMEOUT_MS;
    this.from = environment.MAIL_FROM;
    this.fromName = environment.ORGANISATION_NAME;
    this.bounceDomain = environment.BOUNCE_DOMAIN;
    this.bounceSmtpHost = environment.BOUNCE_SMTP_HOST;
    this.bounceSmtpPort = environment.BOUNCE_SMTP_PORT;
  }
}
