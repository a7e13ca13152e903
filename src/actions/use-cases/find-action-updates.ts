import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActionUpdateRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The updates of these ids that exist, read with the caller's manager, in no particular order. */
@Injectable()
export class FindActionUpdates {
  constructor(private readonly actions: ActionsRepository) {}

  execute(manager: EntityManager, ids: string[]): Promise<ActionUpdateRecord[]> {
    return this.actions.updatesIn(manager, ids);
  }
}
