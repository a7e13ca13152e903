import type { Environment } from './environment';

/** How many letters a writer address or an IP may ask for or report in a day, and how many a target gets in an hour. */
export class LettersConfig {
  readonly perAddressPerDay: number;
  readonly perIpPerDay: number;
  readonly reportedPerIpPerDay: number;
  /** A target's own pace, when it has none. */
  readonly perTargetPerHour: number;

  constructor(environment: Environment) {
    this.perAddressPerDay = environment.LETTERS_PER_ADDRESS_PER_DAY;
    this.perIpPerDay = environment.LETTERS_PER_IP_PER_DAY;
    this.reportedPerIpPerDay = environment.REPORTED_LETTERS_PER_IP_PER_DAY;
    this.perTargetPerHour = environment.TARGET_MESSAGES_PER_HOUR;
  }
}
