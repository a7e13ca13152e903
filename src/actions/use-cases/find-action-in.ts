import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActionRecord } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

/**
 * One action read with the caller's manager (its transaction, or its session's connection); it must exist. With
 * `columns`, only those are read.
 */
@Injectable()
export class FindActionIn {
  constructor(private readonly actions: ActionsRepository) {}

  execute<K extends keyof ActionRecord = keyof ActionRecord>(
    manager: EntityManager,
    id: string,
    columns?: K[],
  ): Promise<Pick<ActionRecord, K>> {
    return this.actions.oneIn(manager, id, columns);
  }
}
