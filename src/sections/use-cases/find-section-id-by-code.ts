import { Injectable } from '@nestjs/common';
import { SectionsRepository } from '../sections.repository';

/** The id of the section with this code, as stored (upper-cased); null when there is none. */
@Injectable()
export class FindSectionIdByCode {
  constructor(private readonly sections: SectionsRepository) {}

  execute(code: string): Promise<string | null> {
    return this.sections.idByCode(code);
  }
}
