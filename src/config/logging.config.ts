import type { Environment } from './environment';

/** How much is logged, and as readable lines or as JSON for a log collector. */
export class LoggingConfig {
  readonly level: Environment['LOG_LEVEL'];
  readonly format: Environment['LOG_FORMAT'];

  constructor(environment: Environment) {
    this.level = environment.LOG_LEVEL;
    this.format = environment.LOG_FORMAT;
  }
}
