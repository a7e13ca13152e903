import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActionUpdateRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** One update of an action, read with the caller's manager (its transaction, so it sees an update not yet committed); it must exist. */
@Injectable()
export class FindActionUpdateIn {
  constructor(private readonly actions: ActionsRepository) {}

  execute(manager: EntityManager, id: string): Promise<ActionUpdateRecord> {
    return this.actions.updateIn(manager, id);
  }
}
