import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { DeepPartial, EntityManager } from 'typeorm';
import { Target } from './target.entity';
import type { TargetRecord } from './target-read-model';

/** The target directory's reads for the pages, and the target's rows other modules read or change in their transaction. */
@Injectable()
export class TargetsRepository {
  constructor(@InjectRepository(Target) private readonly targets: Repository<Target>) {}

  /** The first `limit` targets by name. */
  firstByName(limit: number): Promise<TargetRecord[]> {
    return this.targets.find({ order: { name: 'ASC' }, take: limit });
  }

  /** The target, read with `manager` (the caller's transaction); null when there is none. */
  byIdIn(manager: EntityManager, id: string | undefined): Promise<TargetRecord | null> {
    return manager.findOneBy(Target, { id });
  }

  /** The target, locked until the caller's transaction ends; null when there is none. */
  lockIn(manager: EntityManager, id: string): Promise<TargetRecord | null> {
    return manager.findOne(Target, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateIn(manager: EntityManager, id: string, changes: DeepPartial<Target>): Promise<void> {
    await manager.update(Target, id, changes);
  }

  /** A new directory entry, written with the caller's transaction. */
  insertIn(manager: EntityManager, columns: DeepPartial<TargetRecord>): Promise<TargetRecord> {
    return manager.save(manager.create(Target, columns));
  }
}
