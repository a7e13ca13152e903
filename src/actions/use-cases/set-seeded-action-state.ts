import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The state a seeded action was in historically, or a demonstration's reference and flag. */
export type SeededActionState = Partial<
  Pick<ActionRecord, 'status' | 'outcome' | 'publishedAt' | 'closedAt' | 'reference' | 'isDemonstration'>
>;

/**
 * Sets a seeded action's state as its seed file gives it, past the lifecycle's rules: a seed loads history, it does
 * not publish or close anything, so no event is recorded.
 */
@Injectable()
export class SetSeededActionState {
  constructor(private readonly actions: ActionsRepository) {}

  async execute(id: string, state: SeededActionState): Promise<void> {
    await this.actions.setColumns(id, state);
  }
}
