import { Injectable } from '@nestjs/common';
import { NotFound } from '../../platform/errors/domain-errors';
import type { OsdiUrls } from '../hal/hal';
import { OsdiCollection, osdiCollection, OsdiPage, windowOf } from '../hal/osdi-collection';
import { person } from '../hal/osdi-resources';
import type { OsdiPersonDto } from '../hal/osdi-resources.dto';
import { OsdiRepository, OsdiScope } from '../osdi.repository';

/**
 * Supporters as OSDI people: only confirmed ones who agreed to share with their section. A coordinator sees their
 * section's; one who did not agree, or belongs elsewhere, is 404 as if unknown.
 */
@Injectable()
export class ReadPeople {
  constructor(private readonly osdi: OsdiRepository) {}

  async list(urls: OsdiUrls, scope: OsdiScope, paging: OsdiPage): Promise<OsdiCollection<OsdiPersonDto>> {
    const { rows, total } = await this.osdi.people(scope, windowOf(paging));
    return osdiCollection(
      urls,
      '/people',
      'osdi:people',
      paging,
      total,
      rows.map((row) => person(urls, row)),
    );
  }

  async one(urls: OsdiUrls, scope: OsdiScope, id: string): Promise<OsdiPersonDto> {
    const { rows } = await this.osdi.people(scope, { limit: 1, offset: 0 }, id);
    if (rows.length === 0) throw NotFound.entity('Person', id);
    return person(urls, rows[0]);
  }
}
