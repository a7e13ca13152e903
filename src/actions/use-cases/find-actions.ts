import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The actions of these ids that exist, read with the caller's manager, in no particular order. */
@Injectable()
export class FindActions {
  constructor(private readonly actions: ActionsRepository) {}

  execute(manager: EntityManager, ids: string[]): Promise<ActionRecord[]> {
    return this.actions.manyIn(manager, ids);
  }
}
