import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ActionsRepository } from '../actions.repository';

/** The ids of the published actions whose appeal deadline is after `now`, read with the caller's manager. */
@Injectable()
export class ListPublishedActionsAhead {
  constructor(private readonly actions: ActionsRepository) {}

  execute(manager: EntityManager, now: Date): Promise<string[]> {
    return this.actions.publishedAheadIn(manager, now);
  }
}
