import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { TargetRecord } from '../target-read-model';
import { TargetsRepository } from '../targets.repository';

/** One directory entry, read in the caller's transaction; null when there is none. */
@Injectable()
export class FindTarget {
  constructor(private readonly targets: TargetsRepository) {}

  execute(manager: EntityManager, id: string | undefined): Promise<TargetRecord | null> {
    return this.targets.byIdIn(manager, id);
  }
}
