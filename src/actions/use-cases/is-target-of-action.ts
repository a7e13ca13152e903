import { Injectable } from '@nestjs/common';
import { ActionsRepository } from '../actions.repository';

/** Whether the target is one of the action's targets, its own or a section's. */
@Injectable()
export class IsTargetOfAction {
  constructor(private readonly actions: ActionsRepository) {}

  execute(actionId: string, targetId: string): Promise<boolean> {
    return this.actions.hasTarget(actionId, targetId);
  }
}
