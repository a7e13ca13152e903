import type { Environment } from './environment';

/** How the public pages (and the public action JSON) are read. */
export class PagesConfig {
  /** How long they may show what the database said a moment ago; 0 asks it every time. */
  readonly cacheMs: number;

  constructor(environment: Environment) {
    this.cacheMs = environment.PAGE_CACHE_MS;
  }
}
