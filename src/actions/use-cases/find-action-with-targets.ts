import { Injectable } from '@nestjs/common';
import type { ActionWithDirectoryTargets } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The action with its targets from the directory, in no particular order; null when there is none. */
@Injectable()
export class FindActionWithTargets {
  constructor(private readonly actions: ActionsRepository) {}

  execute(id: string): Promise<ActionWithDirectoryTargets | null> {
    return this.actions.withDirectoryTargets(id);
  }
}
