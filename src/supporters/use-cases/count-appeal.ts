import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppealRecordsRepository, CountedAppeal } from '../appeal-records.repository';

/** Counts one appeal in the caller's transaction (the letter's send holds its writer's lock); answers the record's id. */
@Injectable()
export class CountAppeal {
  constructor(private readonly appeals: AppealRecordsRepository) {}

  execute(manager: EntityManager, appeal: CountedAppeal): Promise<string> {
    return this.appeals.insert(manager, appeal);
  }
}
