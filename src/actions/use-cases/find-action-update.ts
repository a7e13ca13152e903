import { Injectable } from '@nestjs/common';
import type { ActionUpdateRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** One update of an action, for another module; it must exist. */
@Injectable()
export class FindActionUpdate {
  constructor(private readonly actions: ActionsRepository) {}

  execute(id: string): Promise<ActionUpdateRecord> {
    return this.actions.updateById(id);
  }
}
