import { Injectable } from '@nestjs/common';
import type { SectionFieldsDto } from '../dto/section-fields.dto';
import { SectionsRepository } from '../sections.repository';

/** Adds a section unless its code is taken already, as the seed loader does; answers whether it was added. */
@Injectable()
export class AddSectionUnlessTaken {
  constructor(private readonly sections: SectionsRepository) {}

  async execute(fields: SectionFieldsDto): Promise<boolean> {
    if (await this.sections.codeTaken(fields.code)) return false;
    await this.sections.insert(fields);
    return true;
  }
}
