import { Injectable } from '@nestjs/common';
import type { SectionRecord } from '../section-read-model';
import { SectionsRepository } from '../sections.repository';

/** A section by its id; null when there is none. */
@Injectable()
export class FindSection {
  constructor(private readonly sections: SectionsRepository) {}

  execute(id: string): Promise<SectionRecord | null> {
    return this.sections.byId(id);
  }
}
