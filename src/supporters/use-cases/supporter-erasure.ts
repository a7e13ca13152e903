import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SupporterRecord } from '../supporter-read-model';
import { SupportersRepository } from '../supporters.repository';

export type ErasableSupporter = Pick<SupporterRecord, 'id' | 'email'>;

/**
 * The supporter rows an erasure removes, in the caller's transaction: the privacy module erases what the letters and
 * the outbox hold of them first, in the same transaction (ErasePersonalData).
 */
@Injectable()
export class SupporterErasure {
  constructor(private readonly supporters: SupportersRepository) {}

  /** Supporters who never confirmed and signed up before `createdBefore`. */
  unconfirmedBefore(manager: EntityManager, createdBefore: Date): Promise<ErasableSupporter[]> {
    return this.supporters.unconfirmedBefore(manager, createdBefore);
  }

  /** Supporters last active before `activeBefore`. */
  inactiveBefore(manager: EntityManager, activeBefore: Date): Promise<ErasableSupporter[]> {
    return this.supporters.inactiveBefore(manager, activeBefore);
  }

  /** Their appeals stay counted, with no one attached (appeal_record.supporterId is set null). */
  delete(manager: EntityManager, ids: string | string[]): Promise<void> {
    return this.supporters.delete(manager, ids);
  }
}
