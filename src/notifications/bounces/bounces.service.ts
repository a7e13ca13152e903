import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { Target } from '../../targets/target.entity';
import { afterPermanentFailure } from '../../targets/target-record';
import type { BounceReport } from './bounce-report';

export type BounceOutcome = 'bounced' | 'not a failure' | 'unknown message' | 'already settled';

interface BouncedRow {
  id: string;
  status: string;
  recipient: string;
  targetId: string | null;
  supporterId: string | null;
  faxNumber: string | null;
}

/**
 * A bounce for one outbox row (its VERP return path names it): the row settles as 'bounced' with the remote
 * server's reason, and the address is flagged where it belongs: the target's (a letter, not a fax) or the supporter's.
 */
@Injectable()
export class Bounces {
  private readonly logger = new Logger('Bounces');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(outboxMessageId: string, report: BounceReport): Promise<BounceOutcome> {
    if (report.action !== 'failed') return 'not a failure';
    const reason = `bounced: ${report.status ? `${report.status} ` : ''}${report.reason}`.slice(0, 1000);
    const now = this.clock.now();
    const outcome = await this.dataSource.transaction(async (manager): Promise<BounceOutcome> => {
      const [row]: BouncedRow[] = await manager.query(
        `SELECT o."id", o."status", o."recipient", o."targetId", o."supporterId", c."faxNumber"
         FROM notification_outbox o LEFT JOIN notification_content c ON c."id" = o."contentId" WHERE o."id" = $1 FOR UPDATE OF o`,
        [outboxMessageId],
      );
      if (!row) return 'unknown message';
      // Sent is what a bounce normally follows; queued is a resend in flight. Anything else was settled otherwise.
      if (row.status !== 'sent' && row.status !== 'queued') return 'already settled';
      await manager.query(
        `UPDATE notification_outbox SET "status" = 'bounced', "lastError" = $2, "settledAt" = $3, "updatedAt" = now() WHERE "id" = $1`,
        [row.id, reason, now],
      );
      // An email-to-fax gateway's bounce is about the fax, not the target's email address.
      if (row.targetId && !row.faxNumber) {
        const target = await manager.findOne(Target, { where: { id: row.targetId }, lock: { mode: 'pessimistic_write' } });
        if (target) await manager.update(Target, target.id, afterPermanentFailure(target, row.recipient, reason, now));
      }
      if (row.supporterId) {
        await manager.query(
          `UPDATE supporter SET "emailBouncedAt" = COALESCE("emailBouncedAt", $2), "emailBounceReason" = $3 WHERE "id" = $1 AND lower("email") = lower($4)`,
          [row.supporterId, now, reason, row.recipient],
        );
      }
      return 'bounced';
    });
    if (outcome === 'bounced') this.logger.warn(`Message ${outboxMessageId} bounced: ${reason}`);
    return outcome;
  }
}
