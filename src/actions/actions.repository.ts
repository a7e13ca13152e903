import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, MoreThan } from 'typeorm';
import type { ActionRecord, ActionUpdateRecord, ActionWithSubjects, ActionWithTargets } from './action-read-model';
import { ActionUpdate } from './action-update.entity';
import { ActionStatus } from './action-vocabulary';
import { PUBLICLY_VISIBLE_SQL } from './public-visibility';
import { UrgentAction } from './urgent-action.entity';

/** The actions module's reads for the pages and other modules: what the public may see, and what is still ahead. */
@Injectable()
export class ActionsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Published actions the public may see at `now`, the ones closing soonest first. */
  openVisible(now: Date): Promise<ActionWithSubjects[]> {
    return this.visible(now)
      .andWhere('action.status = :published', { published: ActionStatus.Published })
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.appealDeadline', 'ASC')
      .addOrderBy('subject.position', 'ASC')
      .getMany();
  }

  /** The `limit` closed actions the public may see that closed last. */
  recentlyClosedVisible(now: Date, limit: number): Promise<ActionWithSubjects[]> {
    return this.visible(now)
      .andWhere('action.status = :closed', { closed: ActionStatus.Closed })
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.closedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('action.id', 'ASC')
      .addOrderBy('subject.position', 'ASC')
      .take(limit)
      .getMany();
  }

  /** One action the public may see at `now`, with its people and targets; null when there is none. */
  async oneVisible(id: string, now: Date): Promise<ActionWithTargets | null> {
    return this.visible(now)
      .andWhere('action.id = :id', { id })
      .leftJoinAndSelect('action.subjects', 'subject')
      .leftJoinAndSelect('action.targets', 'link')
      .leftJoinAndSelect('link.target', 'target')
      .orderBy('subject.position', 'ASC')
      .addOrderBy('link.position', 'ASC')
      .getOne();
  }

  /** The action's updates in publication order. */
  updatesOf(actionId: string): Promise<ActionUpdateRecord[]> {
    return this.dataSource.getRepository(ActionUpdate).find({ where: { action: { id: actionId } }, order: { sequence: 'ASC' } });
  }

  /** Letters recorded per action, counting the ones sections reported on paper. */
  async appealTotals(actionIds: string[]): Promise<Map<string, number>> {
    if (actionIds.length === 0) return new Map();
    const rows: { actionId: string; total: string }[] = await this.dataSource.query(
      'SELECT "actionId", SUM("letterCount") AS total FROM appeal_record WHERE "actionId" = ANY($1) GROUP BY "actionId"',
      [actionIds],
    );
    return new Map(rows.map((row) => [row.actionId, Number(row.total)]));
  }

  /** Drafts and published actions whose deadline is after `now`, the soonest first. */
  ahead(now: Date): Promise<ActionRecord[]> {
    return this.dataSource.getRepository(UrgentAction).find({
      where: { status: In([ActionStatus.Draft, ActionStatus.Published]), appealDeadline: MoreThan(now) },
      order: { appealDeadline: 'ASC' },
    });
  }

  private visible(now: Date) {
    return this.dataSource.getRepository(UrgentAction).createQueryBuilder('action').where(PUBLICLY_VISIBLE_SQL, { visibleAt: now });
  }
}
