import { Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** Drafts too: a section office translates and adds its local targets before publication. Soonest deadline first. */
@Injectable()
export class ListActionsAhead {
  constructor(
    private readonly actions: ActionsRepository,
    private readonly clock: Clock,
  ) {}

  execute(): Promise<ActionRecord[]> {
    return this.actions.ahead(this.clock.now());
  }
}
