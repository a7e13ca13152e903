import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppealRecordsRepository } from '../appeal-records.repository';

/** The appeals stop counting: their records go, in the caller's transaction (a burst's letters cancelled with them). */
@Injectable()
export class UncountAppeals {
  constructor(private readonly appeals: AppealRecordsRepository) {}

  async execute(manager: EntityManager, appealRecordIds: string[]): Promise<void> {
    await this.appeals.delete(manager, appealRecordIds);
  }
}
