import type { Environment } from './environment';

/** Secrets that sign and hash, how long sessions and links last, the rate limit, and the first admin. */
export class SecurityConfig {
  /** NODE_ENV=production: cookies only over HTTPS, no first-run setup link, no webhooks to internal hosts. */
  readonly production: boolean;
  readonly sessionSecret: string;
  readonly sessionTtlHours: number;
  readonly magicLinkSecret: string;
  readonly magicLinkTtlMinutes: number;
  readonly unsubscribeSecret: string;
  readonly sensitiveRateLimitPerMinute: number;
  readonly adminEmail: string | undefined;
  readonly adminPassword: string | undefined;

  constructor(environment: Environment) {
    this.production = environment.NODE_ENV === 'production';
    this.sessionSecret = environment.SESSION_SECRET;
    this.sessionTtlHours = environment.SESSION_TTL_HOURS;
    this.magicLinkSecret = environment.MAGIC_LINK_SECRET;
    this.magicLinkTtlMinutes = environment.MAGIC_LINK_TTL_MINUTES;
    this.unsubscribeSecret = environment.UNSUBSCRIBE_SECRET;
    this.sensitiveRateLimitPerMinute = environment.SENSITIVE_RATE_LIMIT_PER_MINUTE;
    this.adminEmail = environment.ADMIN_EMAIL;
    this.adminPassword = environment.ADMIN_PASSWORD;
  }
}
