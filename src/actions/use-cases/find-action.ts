import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** An action's own columns, without its people or targets, whatever its state; null when there is none. */
@Injectable()
export class FindAction {
  constructor(private readonly actions: ActionsRepository) {}

  execute(id: string): Promise<ActionRecord | null> {
    return this.actions.byId(id);
  }
}
