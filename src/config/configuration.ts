import { DigestConfig } from './digest.config';
import { Environment, loadEnvironment } from './environment';
import { FaxConfig } from './fax.config';
import { LettersConfig } from './letters.config';
import { LoggingConfig } from './logging.config';
import { MailConfig } from './mail.config';
import { MetricsConfig } from './metrics.config';
import { PagesConfig } from './pages.config';
import { PrivacyConfig } from './privacy.config';
import { QueueConfig } from './queue.config';
import { RedisConfig } from './redis.config';
import { SecurityConfig } from './security.config';
import { SendingConfig } from './sending.config';
import { ServerConfig } from './server.config';
import { SiteConfig } from './site.config';
import { WebhooksConfig } from './webhooks.config';

/** The settings by group, each an injectable class: a class takes the group it needs, never the whole environment. */
export interface Configuration {
  server: ServerConfig;
  site: SiteConfig;
  security: SecurityConfig;
  redis: RedisConfig;
  queue: QueueConfig;
  mail: MailConfig;
  sending: SendingConfig;
  fax: FaxConfig;
  letters: LettersConfig;
  digest: DigestConfig;
  pages: PagesConfig;
  privacy: PrivacyConfig;
  webhooks: WebhooksConfig;
  metrics: MetricsConfig;
  logging: LoggingConfig;
}

/** The groups, built once from the validated variables. */
export function configurationOf(environment: Environment): Configuration {
  return {
    server: new ServerConfig(environment),
    site: new SiteConfig(environment),
    security: new SecurityConfig(environment),
    redis: new RedisConfig(environment),
    queue: new QueueConfig(environment),
    mail: new MailConfig(environment),
    sending: new SendingConfig(environment),
    fax: new FaxConfig(environment),
    letters: new LettersConfig(environment),
    digest: new DigestConfig(environment),
    pages: new PagesConfig(environment),
    privacy: new PrivacyConfig(environment),
    webhooks: new WebhooksConfig(environment),
    metrics: new MetricsConfig(environment),
    logging: new LoggingConfig(environment),
  };
}

/** Reads and validates `source` (process.env by default) and groups it: for a tool or test that needs no raw variable. */
export function loadConfiguration(source: Record<string, string | undefined> = process.env): Configuration {
  return configurationOf(loadEnvironment(source));
}
