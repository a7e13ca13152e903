import { plainToInstance, Transform } from 'class-transformer';
import { printableSetting } from './printable-setting';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUrl, Matches, ValidateIf, validateSync } from 'class-validator';
import { IntegerSetting } from './integer-setting';
import { smtpPoolOptions } from '../mail/smtp-pool-options';

const toBoolean = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;

const PROXY_ADDRESS = String.raw`(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(/\d{1,3})?)`;
const TRUST_PROXY_ADDRESSES = new RegExp(`^${PROXY_ADDRESS}(\\s*,\\s*${PROXY_ADDRESS})*$`);

function trustProxyValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === 'true';
  return /^\d+$/.test(text) ? Number(text) : text;
}

/** Every setting the app reads from the environment, validated once at start. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @IntegerSetting({ min: 0, max: 65535 })
  PORT = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Absent: the embedded PGlite database under PGLITE_DIR. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @IsString()
  PGLITE_DIR = 'var/pglite';

  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// URL' })
  REDIS_URL = 'redis://127.0.0.1:6379';

  /** Absent: mail is written as .eml files to OUTBOX_DIR. */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  OUTBOX_DIR = 'var/outbox';

  /** SMTP connections the pool keeps open to the relay, per process. */
  @IntegerSetting({ min: 1, max: 100 })
  SMTP_MAX_CONNECTIONS = 8;

  /** Messages one pooled SMTP connection (and its TLS session) carries before it is replaced. */
  @IntegerSetting({ min: 1 })
  SMTP_MAX_MESSAGES = 1000;

  @IntegerSetting({ min: 100 })
  SMTP_CONNECTION_TIMEOUT_MS = 10_000;

  @IntegerSetting({ min: 100 })
  SMTP_GREETING_TIMEOUT_MS = 10_000;

  @IntegerSetting({ min: 100 })
  SMTP_SOCKET_TIMEOUT_MS = 60_000;

  @IsEmail({}, { message: 'MAIL_FROM must be an email address' })
  MAIL_FROM = 'appeals@urgent-action.example.org';

  @IsString()
  ORGANISATION_NAME = 'Urgent Action Network';

  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'PUBLIC_URL must be an absolute http(s) URL' })
  PUBLIC_URL = 'http://127.0.0.1:3000';

  @Transform(toBoolean)
  @IsBoolean()
  SEED_ON_START = true;

  /** BullMQ's Redis key prefix. Empty: "ua:" and the database name, so two databases sharing a Redis never take each other's jobs. */
  @Matches(/^[\w.:-]*$/, { message: 'QUEUE_PREFIX may hold only letters, digits and . : _ -' })
  QUEUE_PREFIX = '';

  /** Whether this process works the notification queues (`npm start` and `npm run start:worker` do). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_WORKER = true;

  /** Whether this process enqueues the reconciler every minute (several may: each pass runs once). */
  @Transform(toBoolean)
  @IsBoolean()
  RUN_SCHEDULER = true;

  /** Signs one-click unsubscribe links. The default is for development only; production refuses it. */
  @Matches(/^.{16,}$/, { message: 'UNSUBSCRIBE_SECRET must be at least 16 characters' })
  UNSUBSCRIBE_SECRET = 'development-only-unsubscribe-secret';

  /** Messages per second to the SMTP server, across all workers. */
  @IntegerSetting({ min: 1 })
  MAIL_RATE_PER_SECOND = 50;

  /** Messages one worker sends at once; each holds a database connection while SMTP answers. */
  @IntegerSetting({ min: 1, max: 100 })
  MAIL_CONCURRENCY = 8;

  /**
   * Processes one `npm run start:worker` runs, for a machine with cores to spare (see the README's figures). They share
   * SMTP_MAX_CONNECTIONS and MAIL_CONCURRENCY, so the relay and PostgreSQL see the same totals as with one.
   */
  @IntegerSetting({ min: 1, max: 64 })
  WORKER_PROCESSES = 1;

  /** A hard cap on attempts per message; the retry window (below) normally ends a message's tries long before. */
  @IntegerSetting({ min: 1, max: 1_000_000 })
  MAIL_SEND_ATTEMPTS = 10_000;

  /** Wait before the first retry after a temporary SMTP failure; each further retry waits twice as long, up to the cap below. */
  @IntegerSetting({ min: 10 })
  MAIL_RETRY_DELAY_MS = 30_000;

  /** The longest wait between two tries of one message. */
  @IntegerSetting({ min: 10 })
  MAIL_RETRY_MAX_DELAY_MS = 600_000;

  /** How long after it was due a notice (or reminder, or summary) is still worth sending; letters are tried until the action's deadline. */
  @IntegerSetting({ min: 1 })
  NOTICE_STALE_HOURS = 24;

  /** While the relay itself refuses us, sending is paused and one message is tried this often to see whether it is back. */
  @IntegerSetting({ min: 10 })
  RELAY_PROBE_MS = 30_000;

  /** Letters the system sends to one target per hour across all actions, spread evenly (one every 3600 / this seconds). */
  @IntegerSetting({ min: 1, max: 3600 })
  TARGET_MESSAGES_PER_HOUR = 30;

  /** The hour (UTC) daily summaries go out; weekly ones go on Mondays at the same hour. */
  @IntegerSetting({ min: 0, max: 23 })
  DIGEST_HOUR_UTC = 8;

  /** How long a worker holds a job without renewing; a killed worker's jobs move to another after about twice this. */
  @IntegerSetting({ min: 500 })
  QUEUE_LOCK_MS = 30_000;

  /**
   * How long a worker's claim on an outbox row holds while it sends. Longer than an SMTP exchange can take
   * (socket timeout included); after it, a crashed worker's row is claimed and sent again, with its Message-ID.
   */
  @IntegerSetting({ min: 1000 })
  SEND_LEASE_MS = 120_000;

  /** How long public pages may show what the database said a moment ago (0: always ask it). Keeps readers fast under load. */
  @IntegerSetting({ min: 0, max: 60_000 })
  PAGE_CACHE_MS = 1000;

  @IsIn(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'log' | 'debug' | 'verbose' = 'log';

  /** How faxes leave: through the email-to-fax service most providers offer, an HTTP provider adapter, or not at all. */
  @IsIn(['email', 'http', 'disabled'], { message: 'FAX_GATEWAY must be email, http or disabled' })
  FAX_GATEWAY: 'email' | 'http' | 'disabled' = 'email';

  /** The fax provider's address for a number: {number} becomes the E.164 digits without "+". */
  @Matches(/^[^@\s]*\{number\}[^@\s]*@[^@\s]+\.[^@\s]+$/, { message: 'FAX_EMAIL_ADDRESS_PATTERN must look like {number}@fax.example.net' })
  FAX_EMAIL_ADDRESS_PATTERN = '{number}@fax.example.net';

  /** Where the HTTP fax gateway posts; required when FAX_GATEWAY=http. */
  @ValidateIf((environment: Environment) => environment.FAX_GATEWAY === 'http')
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'FAX_HTTP_URL must be an absolute http(s) URL when FAX_GATEWAY=http' })
  FAX_HTTP_URL = '';

  /**
   * Set it to take bounces in: every message then goes out with its own return path, bounce+<outbox row id>@ this
   * domain (VERP), whose mail (its MX) must reach the bounce endpoint below. Unset: the return path is MAIL_FROM.
   */
  @IsOptional()
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,}$/i, { message: 'BOUNCE_DOMAIN must be a domain name, e.g. bounces.example.org' })
  BOUNCE_DOMAIN?: string;

  /** The port of the inbound SMTP endpoint that takes bounces (DSNs) in; unset, none listens. 0 picks a free port. */
  @IsOptional()
  @IntegerSetting({ min: 0, max: 65535 })
  BOUNCE_SMTP_PORT?: number;

  @IsString()
  BOUNCE_SMTP_HOST = '127.0.0.1';

  /** Tries of one webhook delivery before it is marked failed (the wait doubles from WEBHOOK_RETRY_DELAY_MS). */
  @IntegerSetting({ min: 1, max: 100 })
  WEBHOOK_ATTEMPTS = 12;

  /** Wait before the first retry of a webhook delivery the receiver did not take; each further retry waits twice as long. */
  @IntegerSetting({ min: 10 })
  WEBHOOK_RETRY_DELAY_MS = 10_000;

  /** How long a webhook receiver may take to answer before the attempt counts as failed. */
  @IntegerSetting({ min: 100 })
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** How long the HTTP fax gateway may take to answer one fax before the attempt counts as failed (and is retried). */
  @IntegerSetting({ min: 100 })
  FAX_HTTP_TIMEOUT_MS = 30_000;

  /** Keys the hashes of session and API tokens. The default is for development only; production refuses it. */
  @Matches(/^.{16,}$/, { message: 'SESSION_SECRET must be at least 16 characters' })
  SESSION_SECRET = DEVELOPMENT_SECRETS.SESSION_SECRET;

  /** Signs supporters' confirmation and magic links. The default is for development only; production refuses it. */
  @Matches(/^.{16,}$/, { message: 'MAGIC_LINK_SECRET must be at least 16 characters' })
  MAGIC_LINK_SECRET = DEVELOPMENT_SECRETS.MAGIC_LINK_SECRET;

  @IntegerSetting({ min: 1 })
  MAGIC_LINK_TTL_MINUTES = 30;

  @IntegerSetting({ min: 1 })
  SESSION_TTL_HOURS = 12;

  /** Supporter details are erased after this many months without activity. */
  @IntegerSetting({ min: 1 })
  RETENTION_MONTHS = 24;

  /** A letter that failed keeps its words, its writer's name and address and a fax's PDF this long (for staff to see why), then loses them. */
  @IntegerSetting({ min: 1 })
  FAILED_LETTER_RETENTION_DAYS = 30;

  /** With ADMIN_PASSWORD: the first admin, created at start when no user has this email. */
  @IsOptional()
  @IsEmail({}, { message: 'ADMIN_EMAIL must be an email address' })
  ADMIN_EMAIL?: string;

  @ValidateIf((environment: Environment) => Boolean(environment.ADMIN_EMAIL))
  @Matches(/^.{12,}$/, { message: 'ADMIN_PASSWORD must be at least 12 characters when ADMIN_EMAIL is set' })
  ADMIN_PASSWORD?: string;

  /** Comma-separated origins allowed to call the API from a browser. Empty: none (CORS closed). */
  @IsString()
  CORS_ORIGINS = '';

  /** Letters the system sends that one writer address may ask for in 24 hours, across all actions. */
  @IntegerSetting({ min: 1 })
  LETTERS_PER_ADDRESS_PER_DAY = 40;

  /** "I've sent it" reports one IP address may make in 24 hours, across all actions. */
  @IntegerSetting({ min: 1 })
  REPORTED_LETTERS_PER_IP_PER_DAY = 200;

  /** The same for one IP address (an office or a mobile network shares one, so it is higher). */
  @IntegerSetting({ min: 1 })
  LETTERS_PER_IP_PER_DAY = 200;

  /** Sign-in, sign-up, magic-link and letter requests per minute from one address. */
  @IntegerSetting({ min: 1 })
  SENSITIVE_RATE_LIMIT_PER_MINUTE = 10;

  /**
   * Express's `trust proxy`: false (default) uses the connecting address; true, a hop count, or the proxies'
   * addresses and subnets ("loopback, 10.0.0.0/8") take the client from X-Forwarded-For. Rate limits count per client.
   */
  @Transform(({ value }) => trustProxyValue(value))
  @ValidateIf((environment: Environment) => typeof environment.TRUST_PROXY === 'string')
  @Matches(TRUST_PROXY_ADDRESSES, {
    message: 'TRUST_PROXY must be true, false, a number of proxies, or addresses and subnets such as "loopback, 10.0.0.0/8"',
  })
  TRUST_PROXY: boolean | number | string = false;

  /** Largest JSON or form body accepted, as body-parser reads it ("512kb", "2mb"). */
  @Matches(/^\d+(b|kb|mb)$/, { message: 'REQUEST_BODY_LIMIT must look like 512kb or 2mb' })
  REQUEST_BODY_LIMIT = '1mb';

  /** text: Nest's readable lines (development). json: one JSON object per line, for a log collector. */
  @IsIn(['text', 'json'], { message: 'LOG_FORMAT must be text or json' })
  LOG_FORMAT: 'text' | 'json' = 'text';

  /** Lets /metrics answer callers other than loopback when they send "Authorization: Bearer <this>". */
  @IsOptional()
  @Matches(/^.{16,}$/, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;

  /**
   * How often a process recounts the settled outbox rows (sent, failed, cancelled) for ua_outbox_messages; queued and
   * held ones are counted at every scrape. A full count reads the whole history (about 0.2 s at a million rows).
   */
  @IntegerSetting({ min: 0 })
  OUTBOX_METRICS_RECOUNT_SECONDS = 60;

  /** The worker process's own port for /metrics and /api/health/*; 0 takes any free one (the ready line names it). */
  @IntegerSetting({ min: 0, max: 65535 })
  WORKER_METRICS_PORT = 9464;

  /** Where the worker's metrics and health port listens (0.0.0.0 in a container, so Prometheus can reach it). */
  @IsString()
  WORKER_METRICS_HOST = '127.0.0.1';

  /** Production refuses the embedded PGlite database unless this says yes. */
  @Transform(toBoolean)
  @IsBoolean()
  ALLOW_EMBEDDED_DATABASE = false;

  /** Production refuses to write mail to .eml files instead of SMTP unless this says yes. */
  @Transform(toBoolean)
  @IsBoolean()
  ALLOW_FILE_OUTBOX = false;

  /** Production refuses to start a private, unpersisted Redis when REDIS_URL does not answer unless this says yes. */
  @Transform(toBoolean)
  @IsBoolean()
  ALLOW_PRIVATE_REDIS = false;
}

/** Development defaults of the secrets: fine on a laptop, refused when NODE_ENV=production. */
export const DEVELOPMENT_SECRETS = {
  SESSION_SECRET: 'development-only-session-secret',
  MAGIC_LINK_SECRET: 'development-only-magic-link-secret',
  UNSUBSCRIBE_SECRET: 'development-only-unsubscribe-secret',
} as const;

function defaultSecretsInProduction(environment: Environment): string[] {
  if (environment.NODE_ENV !== 'production') return [];
  return (Object.keys(DEVELOPMENT_SECRETS) as Array<keyof typeof DEVELOPMENT_SECRETS>)
    .filter((key) => environment[key] === DEVELOPMENT_SECRETS[key])
    .map((key) => `  ${key}: set a secret of your own; the development default is refused when NODE_ENV=production`);
}

function smtpUrlProblems(environment: Environment): string[] {
  if (!environment.SMTP_URL) return [];
  try {
    smtpPoolOptions(environment.SMTP_URL, {
      maxConnections: 1,
      maxMessages: 1,
      connectionTimeoutMs: 1,
      greetingTimeoutMs: 1,
      socketTimeoutMs: 1,
    });
    return [];
  } catch (error) {
    return [`  ${(error as Error).message}`];
  }
}

export class InvalidEnvironmentError extends Error {}

/** The name of every variable the app reads: those with a default, and the optional ones. */
export const ENVIRONMENT_VARIABLES: readonly string[] = Object.keys(new Environment()).concat([
  'DATABASE_URL',
  'SMTP_URL',
  'ADMIN_EMAIL',
  'ADMIN_PASSWORD',
  'METRICS_TOKEN',
  'BOUNCE_DOMAIN',
  'BOUNCE_SMTP_PORT',
]);

/** Reads `source` (process.env by default) into a typed Environment, or throws naming every bad variable. */
export function loadEnvironment(source: Record<string, string | undefined> = process.env): Environment {
  const present = Object.fromEntries(
    Object.entries(source).filter(([key, value]) => ENVIRONMENT_VARIABLES.includes(key) && value !== undefined && value !== ''),
  );
  const environment = plainToInstance(Environment, present, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((error) =>
      Object.values(error.constraints ?? {}).map(
        (message) => `  ${error.property}=${printableSetting(error.property, error.value)}: ${message}`,
      ),
    );
    throw new InvalidEnvironmentError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const weakSecrets = defaultSecretsInProduction(environment).concat(smtpUrlProblems(environment));
  if (weakSecrets.length > 0) throw new InvalidEnvironmentError(`Invalid environment:\n${weakSecrets.join('\n')}`);
  return environment;
}
