import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Not } from 'typeorm';
import { LetterRequest } from './letter-request.entity';
import { LetterRequestStatus } from './letter-request-status';
import { TransactionalRepository } from '../../database/transactional-repository';

/** Letters to one action from one source: an IP address or a writer address. */
export interface LetterBurstRow {
  by: 'ip' | 'email';
  source: string;
  letters: number;
  awaitingConfirmation: number;
  confirmed: number;
  first: Date;
  last: Date;
}

export type BurstSourceColumn = 'requesterIp' | 'writerEmail';

/** Letter requests grouped by where they came from, and cancelled by source. */
@Injectable()
export class LetterBurstsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** The action's letters not cancelled, grouped by `column`: the 50 sources with at least `minLetters`, most first. */
  groups(actionId: string, column: BurstSourceColumn, by: LetterBurstRow['by'], minLetters: number): Promise<LetterBurstRow[]> {
    return this.dataSource.query(
      `SELECT $3::text AS "by", "${column}" AS "source", count(*)::int AS "letters",
              (count(*) FILTER (WHERE "status" = $4))::int AS "awaitingConfirmation", (count(*) FILTER (WHERE "status" = $5))::int AS "confirmed",
              min("createdAt") AS "first", max("createdAt") AS "last"
       FROM letter_request WHERE "actionId" = $1 AND "status" <> $6 AND "${column}" IS NOT NULL
       GROUP BY "${column}" HAVING count(*) >= $2 ORDER BY count(*) DESC, "${column}" LIMIT 50`,
      [actionId, minLetters, by, LetterRequestStatus.AwaitingConfirmation, LetterRequestStatus.Confirmed, LetterRequestStatus.Cancelled],
    ) as Promise<LetterBurstRow[]>;
  }

  /** The action's letters from the source not cancelled yet, locked until the caller's transaction ends. */
  lockUncancelled(
    manager: EntityManager,
    actionId: string,
    source: { requesterIp: string } | { writerEmail: string | undefined },
  ): Promise<LetterRequest[]> {
    return manager.find(LetterRequest, {
      where: { actionId, status: Not(LetterRequestStatus.Cancelled), ...source },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Cancels the requests with the reason, forgetting their letters' words. */
  async cancel(manager: EntityManager, requestIds: string[], reason: string): Promise<void> {
    await manager.update(
      LetterRequest,
      { id: In(requestIds) },
      { status: LetterRequestStatus.Cancelled, cancelReason: reason, letter: null },
    );
  }
}
