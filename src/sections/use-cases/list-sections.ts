import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { SectionRecord } from '../section-read-model';
import { SectionsRepository } from '../sections.repository';

/** Every section by code, read in the caller's transaction. */
@Injectable()
export class ListSections {
  constructor(private readonly sections: SectionsRepository) {}

  execute(manager: EntityManager): Promise<SectionRecord[]> {
    return this.sections.allIn(manager);
  }
}
