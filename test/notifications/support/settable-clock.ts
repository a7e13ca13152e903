import { Clock } from '../../../src/common/clock';

/** A clock tests move by hand. */
export class SettableClock extends Clock {
  constructor(private current: Date) {
    super();
  }

  override now(): Date {
    return new Date(this.current);
  }

  set(instant: string | Date): void {
    this.current = new Date(instant);
  }
}
