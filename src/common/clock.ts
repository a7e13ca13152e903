import { Injectable } from '@nestjs/common';

/** The current time, behind one class so tests can set it. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
