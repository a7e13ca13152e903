import { Injectable } from '@nestjs/common';
import { ActionsRepository } from '../actions.repository';

/** Whether an action of this id exists, whatever its status. */
@Injectable()
export class ActionExists {
  constructor(private readonly actions: ActionsRepository) {}

  execute(id: string): Promise<boolean> {
    return this.actions.exists(id);
  }
}
