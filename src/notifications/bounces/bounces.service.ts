import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { RecordAddressFailure } from '../../targets/use-cases/record-address-failure';
import type { BounceReport } from './bounce-report';
import { BouncesRepository } from './bounces.repository';

export type BounceOutcome = 'bounced' | 'not a failure' | 'unknown message' | 'already settled';

/**
 * A bounce for one outbox row (its VERP return path names it): the row settles as 'bounced' with the remote
 * server's reason, and the address is flagged where it belongs: the target's (a letter, not a fax) or the supporter's.
 */
@Injectable()
export class Bounces {
  private readonly logger = new Logger('Bounces');

  constructor(
    private readonly bounces: BouncesRepository,
    @Inject(Clock) private readonly clock: Clock,
    private readonly addressFailure: RecordAddressFailure,
  ) {}

  async record(outboxMessageId: string, report: BounceReport): Promise<BounceOutcome> {
    if (report.action !== 'failed') return 'not a failure';
    const reason = `bounced: ${report.status ? `${report.status} ` : ''}${report.reason}`.slice(0, 1000);
    const now = this.clock.now();
    const outcome = await this.bounces.withTransaction(async (manager): Promise<BounceOutcome> => {
      const row = await this.bounces.lockMessage(manager, outboxMessageId);
      if (!row) return 'unknown message';
      // Sent is what a bounce normally follows; queued is a resend in flight. Anything else was settled otherwise.
      if (row.status !== 'sent' && row.status !== 'queued') return 'already settled';
      await this.bounces.settleBounced(manager, row.id, reason, now);
      // An email-to-fax gateway's bounce is about the fax, not the target's email address.
      if (row.targetId && !row.faxNumber) await this.addressFailure.execute(manager, row.targetId, row.recipient, reason, now);
      if (row.supporterId) await this.bounces.flagSupporterEmail(manager, row.supporterId, row.recipient, reason, now);
      return 'bounced';
    });
    if (outcome === 'bounced') this.logger.warn(`Message ${outboxMessageId} bounced: ${reason}`);
    return outcome;
  }
}
