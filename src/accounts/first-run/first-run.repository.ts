import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { FirstRunSetup } from './first-run-setup.entity';
import { TransactionalRepository } from '../../database/transactional-repository';

/** The first-run setup links, kept as keyed hashes. Methods taking a manager run in its transaction. */
@Injectable()
export class FirstRunRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  /** Opens a new link; the unused ones before it stop working in the same transaction. */
  async replaceOpenLinks(tokenHash: string, expiresAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(FirstRunSetup, { usedAt: IsNull() });
      await manager.insert(FirstRunSetup, { tokenHash, expiresAt, usedAt: null });
    });
  }

  byTokenHash(tokenHash: string): Promise<FirstRunSetup | null> {
    return this.dataSource.getRepository(FirstRunSetup).findOneBy({ tokenHash });
  }

  /** The link, locked until the transaction ends, so two submissions of it run one after the other. */
  lockedByTokenHash(manager: EntityManager, tokenHash: string): Promise<FirstRunSetup | null> {
    return manager.findOne(FirstRunSetup, { where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
  }

  async markUsed(manager: EntityManager, id: string, usedAt: Date): Promise<void> {
    await manager.update(FirstRunSetup, id, { usedAt });
  }
}
