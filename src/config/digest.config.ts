import type { Environment } from './environment';

/** When supporters' summaries go out. */
export class DigestConfig {
  /** The hour (UTC) of daily summaries; weekly ones go on Mondays at the same hour. */
  readonly hourUtc: number;

  constructor(environment: Environment) {
    this.hourUtc = environment.DIGEST_HOUR_UTC;
  }
}
