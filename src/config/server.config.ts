import type { Environment } from './environment';

/** How the HTTP server takes requests: behind which proxies, from which browser origins, how large a body. */
export class ServerConfig {
  /** CORS_ORIGINS as a list; empty: no other origin may call the API from a browser. */
  readonly corsOrigins: readonly string[];
  readonly trustProxy: boolean | number | string;
  readonly requestBodyLimit: string;

  constructor(environment: Environment) {
    this.corsOrigins = environment.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean);
    this.trustProxy = environment.TRUST_PROXY;
    this.requestBodyLimit = environment.REQUEST_BODY_LIMIT;
  }
}
