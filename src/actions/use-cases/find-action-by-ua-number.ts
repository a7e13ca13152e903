import { Injectable } from '@nestjs/common';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/** The first action created whose reference is this canonical UA number ("UA 3/96"), however it was stored; null when none. */
@Injectable()
export class FindActionByUaNumber {
  constructor(private readonly actions: ActionsRepository) {}

  execute(canonicalNumber: string): Promise<ActionRecord | null> {
    return this.actions.firstWithUaNumber(canonicalNumber);
  }
}
