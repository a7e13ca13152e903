import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { afterPermanentFailure } from '../target-record';
import { TargetsRepository } from '../targets.repository';

/**
 * Mail to one of the target's addresses failed permanently (the relay refused it, or it bounced): the next address
 * that has not failed becomes the one sent to, or, with none left, the target is flagged for staff. Read under the
 * target's row lock in the caller's transaction, so two failures at once both count. False when there is no target.
 */
@Injectable()
export class RecordAddressFailure {
  constructor(private readonly targets: TargetsRepository) {}

  async execute(manager: EntityManager, targetId: string, address: string | null, reason: string, now: Date): Promise<boolean> {
    const target = await this.targets.lockIn(manager, targetId);
    if (!target) return false;
    await this.targets.updateIn(manager, target.id, afterPermanentFailure(target, address, reason, now));
    return true;
  }
}
