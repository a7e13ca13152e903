import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { MailRelayStateRepository } from './mail-relay-state.repository';

const RELAY = 'smtp';
/** How often a worker that has seen no failure itself checks whether another recorded one it could clear. */
const CLEAR_CHECK_MS = 5000;

/**
 * The SMTP relay's health as the workers meet it: a relay-level failure is recorded (and logged) for staff; the next
 * message the relay accepts clears it. A success costs a database write only when there may be something to clear.
 */
@Injectable()
export class RelayStatus {
  private readonly logger = new Logger('MailRelay');
  private mayBeFailing = true;
  private lastClearCheck = 0;

  constructor(
    private readonly states: MailRelayStateRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async failed(problem: string): Promise<void> {
    const now = this.clock.now();
    const failingSince = await this.states.recordProblem(RELAY, problem, now);
    if (!this.mayBeFailing || failingSince.getTime() === now.getTime()) this.logger.error(`The SMTP relay refuses us: ${problem}`);
    this.mayBeFailing = true;
  }

  /** `certain`: the probe saw it work, so clear now whatever this process last saw. */
  async accepted(certain = false): Promise<void> {
    const now = Date.now();
    if (!certain && !this.mayBeFailing && now - this.lastClearCheck < CLEAR_CHECK_MS) return;
    this.lastClearCheck = now;
    this.mayBeFailing = false;
    if (await this.states.clearProblem(RELAY)) this.logger.log('The SMTP relay accepts mail again');
  }

  /** The relay's problem as staff see it, or null when it works. */
  async current(): Promise<{ problem: string; failingSince: Date } | null> {
    const state = await this.states.find(RELAY);
    return state?.problem && state.failingSince ? { problem: state.problem, failingSince: state.failingSince } : null;
  }
}
