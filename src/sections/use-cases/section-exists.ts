import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SectionsRepository } from '../sections.repository';

/** Whether a section of this id exists; with `manager`, read in the caller's transaction. */
@Injectable()
export class SectionExists {
  constructor(private readonly sections: SectionsRepository) {}

  execute(id: string, manager?: EntityManager): Promise<boolean> {
    return this.sections.exists(id, manager);
  }
}
