import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The first action created with this title (any case) and its deadline on `date` (YYYY-MM-DD) in its own zone; null when none. */
@Injectable()
export class FindActionByTitleAndDeadline {
  constructor(private readonly actions: ActionsRepository) {}

  execute(title: string, date: string): Promise<ActionRecord | null> {
    return this.actions.firstWithTitleAndDeadlineDate(title, date);
  }
}
