import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { removeLapsedLetterRequests } from '../letters/consent/lapsed-requests';
import { forgetSettledLetters } from '../notifications/outbox/forget-letter-writers';
import { TransactionalRepository } from '../database/transactional-repository';

/**
 * The transaction a supporter's erasure runs in (ErasePersonalData: their traces, then the supporter rows), and the
 * retention rules' purges of letters.
 */
@Injectable()
export class PrivacyRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Failed or cancelled letters settled before `settledBefore` lose their words and writer; how many. */
  forgetFailedLetters(settledBefore: Date): Promise<number> {
    return forgetSettledLetters(this.dataSource.manager, settledBefore);
  }

  /** Letter requests whose writer did not confirm before the link expired, with their lapsed links; how many requests. */
  removeLapsedLetterRequests(now: Date): Promise<number> {
    return removeLapsedLetterRequests(this.dataSource.manager, now);
  }
}
