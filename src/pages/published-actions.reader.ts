import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { Brackets, DataSource } from 'typeorm';
import { ActionStatus } from '../actions/action-vocabulary';
import { ActionUpdate } from '../actions/action-update.entity';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Clock } from '../common/clock';

export interface OpenActions {
  actions: UrgentAction[];
  appealTotals: Map<string, number>;
}

export interface PublishedAction {
  action: UrgentAction;
  updates: ActionUpdate[];
  appeals: number;
}

/** What the public may see: published actions whose embargo has passed, with their appeal totals. */
@Injectable()
export class PublishedActionsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Open actions, the ones closing soonest first. */
  async open(): Promise<OpenActions> {
    const actions = await this.visible()
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.appealDeadline', 'ASC')
      .addOrderBy('subject.position', 'ASC')
      .getMany();
    return { actions, appealTotals: await this.appealTotals(actions.map((action) => action.id)) };
  }

  async one(id: string): Promise<PublishedAction | null> {
    if (!isUUID(id)) return null;
    const action = await this.visible()
      .andWhere('action.id = :id', { id })
      .leftJoinAndSelect('action.subjects', 'subject')
      .leftJoinAndSelect('action.targets', 'link')
      .leftJoinAndSelect('link.target', 'target')
      .orderBy('subject.position', 'ASC')
      .addOrderBy('link.position', 'ASC')
      .getOne();
    if (!action) return null;
    const updates = await this.dataSource.getRepository(ActionUpdate).find({ where: { action: { id } }, order: { sequence: 'ASC' } });
    const totals = await this.appealTotals([id]);
    return { action, updates, appeals: totals.get(id) ?? 0 };
  }

  /** Letters recorded per action, counting the ones sections reported on paper. */
  private async appealTotals(actionIds: string[]): Promise<Map<string, number>> {
    if (actionIds.length === 0) return new Map();
    const rows: { actionId: string; total: string }[] = await this.dataSource.query(
      'SELECT "actionId", SUM("letterCount") AS total FROM appeal_record WHERE "actionId" = ANY($1) GROUP BY "actionId"',
      [actionIds],
    );
    return new Map(rows.map((row) => [row.actionId, Number(row.total)]));
  }

  private visible() {
    return this.dataSource
      .getRepository(UrgentAction)
      .createQueryBuilder('action')
      .where('action.status = :published', { published: ActionStatus.Published })
      .andWhere(
        new Brackets((embargo) => embargo.where('action.embargoUntil IS NULL').orWhere('action.embargoUntil <= :now', { now: this.clock.now() })),
      );
  }
}
