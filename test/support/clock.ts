import { Clock } from '../../src/common/clock';

/**
 * The app's clock in tests. `TestClock.at(instant)` stands still until the test moves it; `TestClock.running()` follows
 * real time, shifted by whatever the test adds. Either can be set or advanced.
 */
export class TestClock extends Clock {
  private constructor(
    private frozenAt: Date | null,
    private offsetMs = 0,
  ) {
    super();
  }

  static at(instant: string | Date): TestClock {
    return new TestClock(new Date(instant));
  }

  static running(): TestClock {
    return new TestClock(null);
  }

  override now(): Date {
    return this.frozenAt ? new Date(this.frozenAt) : new Date(Date.now() + this.offsetMs);
  }

  /** A running clock keeps running from the instant set. */
  set(instant: string | Date): void {
    const target = new Date(instant);
    if (this.frozenAt) this.frozenAt = target;
    else this.offsetMs = target.getTime() - Date.now();
  }

  advance(ms: number): void {
    if (this.frozenAt) this.frozenAt = new Date(this.frozenAt.getTime() + ms);
    else this.offsetMs += ms;
  }

  get time(): Date {
    return this.now();
  }

  set time(instant: Date) {
    this.set(instant);
  }
}

export const MINUTE = 60_000;
export const DAY = 24 * 60 * MINUTE;
