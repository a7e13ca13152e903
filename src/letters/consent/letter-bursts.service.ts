import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, Not } from 'typeorm';
import { ActionsService } from '../../actions/actions.service';
import { Clock } from '../../common/clock';
import { cancelWaitingMessages } from '../../notifications/outbox/cancel-waiting';
import { NotificationQueues } from '../../notifications/queues/notification-queues.service';
import { AppealRecord } from '../../supporters/appeal-record.entity';
import { LetterRequest } from './letter-request.entity';
import { LetterRequestStatus } from './letter-request-status';

/** Letters from one source at or above this many make a burst worth a look. */
export const BURST_MIN_LETTERS = 5;

export interface LetterBurst {
  by: 'ip' | 'email';
  source: string;
  letters: number;
  awaitingConfirmation: number;
  confirmed: number;
  first: Date;
  last: Date;
}

export interface BurstSource {
  ip?: string;
  email?: string;
}

/**
 * Many letters to one action from one IP or one writer address, for staff to judge, and to cancel: letters not yet
 * sent never go, and every cancelled letter stops counting.
 */
@Injectable()
export class LetterBursts {
  constructor(
    private readonly actions: ActionsService,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async list(actionId: string): Promise<LetterBurst[]> {
    await this.actions.get(actionId);
    const groups = (column: string, by: LetterBurst['by']) =>
      this.dataSource.query(
        `SELECT $3::text AS "by", "${column}" AS "source", count(*)::int AS "letters",
              (count(*) FILTER (WHERE "status" = $4))::int AS "awaitingConfirmation", (count(*) FILTER (WHERE "status" = $5))::int AS "confirmed",
              min("createdAt") AS "first", max("createdAt") AS "last"
       FROM letter_request WHERE "actionId" = $1 AND "status" <> $6 AND "${column}" IS NOT NULL
       GROUP BY "${column}" HAVING count(*) >= $2 ORDER BY count(*) DESC, "${column}" LIMIT 50`,
        [
          actionId,
          BURST_MIN_LETTERS,
          by,
          LetterRequestStatus.AwaitingConfirmation,
          LetterRequestStatus.Confirmed,
          LetterRequestStatus.Cancelled,
        ],
      ) as Promise<LetterBurst[]>;
    return [...(await groups('requesterIp', 'ip')), ...(await groups('writerEmail', 'email'))];
  }

  /** Cancels every letter to this action from the source: what has not gone never goes, and none of them counts. */
  async cancel(actionId: string, source: BurstSource): Promise<{ cancelled: number; stopped: number; uncounted: number }> {
    await this.actions.get(actionId);
    const where = {
      actionId,
      status: Not(LetterRequestStatus.Cancelled),
      ...(source.ip ? { requesterIp: source.ip } : { writerEmail: source.email?.trim().toLowerCase() }),
    };
    const reason = `cancelled by staff: a burst from ${source.ip ? `IP ${source.ip}` : source.email}`;
    const result = await this.dataSource.transaction(async (manager) => {
      const requests = await manager.find(LetterRequest, { where, lock: { mode: 'pessimistic_write' } });
      const appealIds = requests.flatMap((request) => (request.appealRecordId ? [request.appealRecordId] : []));
      const stopped = appealIds.length
        ? await cancelWaitingMessages(manager, { appealRecordId: In(appealIds) }, reason, this.clock.now())
        : [];
      if (requests.length) {
        await manager.update(
          LetterRequest,
          { id: In(requests.map((request) => request.id)) },
          { status: LetterRequestStatus.Cancelled, cancelReason: reason, letter: null },
        );
      }
      if (appealIds.length) await manager.delete(AppealRecord, { id: In(appealIds) });
      return { cancelled: requests.length, stopped, uncounted: appealIds.length };
    });
    await this.queues.removeSendJobs(result.stopped);
    return { cancelled: result.cancelled, stopped: result.stopped.length, uncounted: result.uncounted };
  }
}
