import { Injectable } from '@nestjs/common';
import type { DeepPartial, EntityManager } from 'typeorm';
import { ActionUpdate } from './action-update.entity';

/** Writes an action's updates in the transaction that holds the action's lock (ActionsRepository.lock). */
@Injectable()
export class ActionUpdatesRepository {
  /** The highest sequence number among the action's updates; null before its first. */
  async lastSequence(manager: EntityManager, actionId: string): Promise<number | null> {
    const { max } = (await manager
      .createQueryBuilder(ActionUpdate, 'update')
      .select('MAX(update.sequence)', 'max')
      .where('update.actionId = :actionId', { actionId })
      .getRawOne<{ max: number | null }>()) ?? { max: null };
    return max;
  }

  insert(manager: EntityManager, columns: DeepPartial<ActionUpdate>): Promise<ActionUpdate> {
    return manager.save(manager.create(ActionUpdate, columns));
  }
}
