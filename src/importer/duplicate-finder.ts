import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UrgentAction } from '../actions/urgent-action.entity';
import type { DraftAction, DuplicateOf } from './imported-draft';

const updatePath = (id: string) => `/api/actions/${id}/updates`;

/** An existing action the document is a copy of: the same reference, or the same title and deadline date. */
@Injectable()
export class DuplicateFinder {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async find(draft: DraftAction): Promise<DuplicateOf | null> {
    const actions = this.dataSource.getRepository(UrgentAction);
    if (draft.reference) {
      const same = await actions.findOneBy({ reference: draft.reference });
      if (same) {
        return {
          id: same.id, reference: same.reference, field: 'reference', updatePath: updatePath(same.id),
          reason: `Action ${same.id} has reference ${draft.reference} already; post this document as an update of it`,
        };
      }
    }
    if (!draft.title || !draft.appealDeadline) return null;
    // The deadline date is compared in each action's own zone, as the documents print it.
    const same = await actions.createQueryBuilder('action')
      .where('lower(action.title) = lower(:title)', { title: draft.title })
      .andWhere(`to_char(action.appealDeadline AT TIME ZONE action.appealDeadlineTimeZone, 'YYYY-MM-DD') = :date`, { date: draft.appealDeadline })
      .orderBy('action.createdAt', 'ASC')
      .getOne();
    if (!same) return null;
    return {
      id: same.id, reference: same.reference, field: 'title', updatePath: updatePath(same.id),
      reason: `Action ${same.id} has the title "${same.title}" and the deadline ${draft.appealDeadline} already; post this document as an update of it`,
    };
  }
}
