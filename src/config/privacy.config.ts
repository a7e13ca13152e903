import type { Environment } from './environment';

/** How long personal data is kept. */
export class PrivacyConfig {
  /** Supporters inactive this long are erased. */
  readonly retentionMonths: number;
  /** A failed letter keeps its words and its writer this long. */
  readonly failedLetterRetentionDays: number;

  constructor(environment: Environment) {
    this.retentionMonths = environment.RETENTION_MONTHS;
    this.failedLetterRetentionDays = environment.FAILED_LETTER_RETENTION_DAYS;
  }
}
