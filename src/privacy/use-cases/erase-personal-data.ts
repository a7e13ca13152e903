import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SupporterErasure } from '../../supporters/use-cases/supporter-erasure';
import { PrivacyRepository } from '../privacy.repository';
import { eraseWriterTraces, type ErasedSupporter } from '../writer-traces';

/**
 * A supporter's erasure and the retention rules' purges of supporters: in one transaction, every trace their letters
 * and the outbox hold of them, then the supporters themselves.
 */
@Injectable()
export class ErasePersonalData {
  constructor(
    private readonly privacy: PrivacyRepository,
    private readonly supporters: SupporterErasure,
  ) {}

  /** Removes the supporter and, in the same transaction, every trace their letters and the outbox hold of them. */
  async supporter(supporter: ErasedSupporter, now: Date): Promise<void> {
    await this.privacy.withTransaction(async (manager) => {
      await eraseWriterTraces(manager, [supporter], now);
      await this.supporters.delete(manager, supporter.id);
    });
  }

  /** Erases, as `supporter` does, supporters who never confirmed and signed up before `createdBefore`; how many. */
  unconfirmed(createdBefore: Date, now: Date): Promise<number> {
    return this.eraseWhere((manager) => this.supporters.unconfirmedBefore(manager, createdBefore), now);
  }

  /** Erases, as `supporter` does, supporters last active before `activeBefore`; how many. */
  inactive(activeBefore: Date, now: Date): Promise<number> {
    return this.eraseWhere((manager) => this.supporters.inactiveBefore(manager, activeBefore), now);
  }

  private eraseWhere(find: (manager: EntityManager) => Promise<ErasedSupporter[]>, now: Date): Promise<number> {
    return this.privacy.withTransaction(async (manager) => {
      const supporters = await find(manager);
      await eraseWriterTraces(manager, supporters, now);
      if (supporters.length > 0)
        await this.supporters.delete(
          manager,
          supporters.map((supporter) => supporter.id),
        );
      return supporters.length;
    });
  }
}
