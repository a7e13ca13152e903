import { Injectable } from '@nestjs/common';
import type { TargetRecord } from '../target-read-model';
import { TargetsRepository } from '../targets.repository';

/** How many directory entries the action editor offers to pick from. */
export const DIRECTORY_LIMIT = 500;

/** The directory as the action editor lists it to pick targets from: by name, the first DIRECTORY_LIMIT. */
@Injectable()
export class ListTargetDirectory {
  constructor(private readonly targets: TargetsRepository) {}

  execute(): Promise<TargetRecord[]> {
    return this.targets.firstByName(DIRECTORY_LIMIT);
  }
}
