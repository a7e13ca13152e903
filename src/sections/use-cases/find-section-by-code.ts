import { Injectable } from '@nestjs/common';
import type { SectionRecord } from '../section-read-model';
import { SectionsRepository } from '../sections.repository';

/** A section by its code ("GB"); null when there is none. */
@Injectable()
export class FindSectionByCode {
  constructor(private readonly sections: SectionsRepository) {}

  execute(code: string): Promise<SectionRecord | null> {
    return this.sections.byCode(code);
  }
}
