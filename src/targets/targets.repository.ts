import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Target } from './target.entity';
import type { TargetRecord } from './target-read-model';

/** The target directory's reads for the pages. */
@Injectable()
export class TargetsRepository {
  constructor(@InjectRepository(Target) private readonly targets: Repository<Target>) {}

  /** The first `limit` targets by name. */
  firstByName(limit: number): Promise<TargetRecord[]> {
    return this.targets.find({ order: { name: 'ASC' }, take: limit });
  }
}
