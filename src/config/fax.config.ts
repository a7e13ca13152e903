import type { Environment } from './environment';

/** How faxes leave: the email-to-fax service, an HTTP provider, or not at all. */
export class FaxConfig {
  readonly gateway: 'email' | 'http' | 'disabled';
  readonly emailAddressPattern: string;
  readonly httpUrl: string;
  readonly httpTimeoutMs: number;

  constructor(environment: Environment) {
    this.gateway = environment.FAX_GATEWAY;
    this.emailAddressPattern = environment.FAX_EMAIL_ADDRESS_PATTERN;
    this.httpUrl = environment.FAX_HTTP_URL;
    this.httpTimeoutMs = environment.FAX_HTTP_TIMEOUT_MS;
  }
}
