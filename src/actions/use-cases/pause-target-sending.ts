import { Injectable } from '@nestjs/common';
import { ActionsRepository } from '../actions.repository';

/**
 * Stops (or starts again) offering new writers the system's sending to one of the action's targets; a pause keeps the
 * first pause's time. False when the target is not the action's.
 */
@Injectable()
export class PauseTargetSending {
  constructor(private readonly actions: ActionsRepository) {}

  execute(actionId: string, targetId: string, paused: boolean, now: Date): Promise<boolean> {
    return this.actions.pauseSending(actionId, targetId, paused, now);
  }
}
