import { Injectable } from '@nestjs/common';
import type { DeepPartial, EntityManager } from 'typeorm';
import type { TargetRecord } from '../target-read-model';
import { TargetsRepository } from '../targets.repository';

/** A new directory entry written in the caller's transaction: an action naming a target not yet in the directory. */
@Injectable()
export class AddTarget {
  constructor(private readonly targets: TargetsRepository) {}

  execute(manager: EntityManager, columns: DeepPartial<TargetRecord>): Promise<TargetRecord> {
    return this.targets.insertIn(manager, columns);
  }
}
