import { Injectable } from '@nestjs/common';
import { ActionsRepository } from '../actions.repository';

/** How many actions there are, in any state: none means an empty database, which the first start seeds. */
@Injectable()
export class CountActions {
  constructor(private readonly actions: ActionsRepository) {}

  execute(): Promise<number> {
    return this.actions.count();
  }
}
