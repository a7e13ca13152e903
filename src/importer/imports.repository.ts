import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { ActionRecord } from '../actions/action-read-model';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Section } from '../sections/section.entity';

// The canonical form of a UA number (canonicalUaNumber) in SQL, for comparing with the references stored.
const CANONICAL_REFERENCE_SQL = `regexp_replace(action.reference, '^UA:?\\s*0*(\\d{1,4})\\s*/\\s*(\\d{2})$', 'UA \\1/\\2', 'i')`;

/** A section's code and zone, the deadline's default zone when a document is imported for it. */
export interface SectionZone {
  code: string;
  timeZone: string;
}

/** What the importer reads: the action a document may belong to already, and the section it is imported for. */
@Injectable()
export class ImportsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The first action created whose reference is this canonical UA number ("UA 3/96") in whatever form it was stored. */
  firstWithUaNumber(number: string): Promise<ActionRecord | null> {
    return this.actions().where(`${CANONICAL_REFERENCE_SQL} = :number`, { number }).orderBy('action.createdAt', 'ASC').getOne();
  }

  /** The first action created with this title (any case) whose deadline falls on `date` (YYYY-MM-DD) in its own zone. */
  firstWithTitleAndDeadlineDate(title: string, date: string): Promise<ActionRecord | null> {
    return this.actions()
      .where('lower(action.title) = lower(:title)', { title })
      .andWhere(`to_char(action.appealDeadline AT TIME ZONE action.appealDeadlineTimeZone, 'YYYY-MM-DD') = :date`, { date })
      .orderBy('action.createdAt', 'ASC')
      .getOne();
  }

  async sectionZone(code: string): Promise<SectionZone | null> {
    const section = await this.dataSource.getRepository(Section).findOneBy({ code });
    return section && { code: section.code, timeZone: section.timeZone };
  }

  private actions() {
    return this.dataSource.getRepository(UrgentAction).createQueryBuilder('action');
  }
}
