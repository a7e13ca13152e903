import { Injectable } from '@nestjs/common';
import { ActionsRepository } from '../actions.repository';

/** The action's appeal deadline; null when there is no such action. */
@Injectable()
export class FindAppealDeadline {
  constructor(private readonly actions: ActionsRepository) {}

  execute(actionId: string): Promise<Date | null> {
    return this.actions.appealDeadlineOf(actionId);
  }
}
