import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { ActionStatus } from '../actions/action-vocabulary';
import { ActionUpdate } from '../actions/action-update.entity';
import { PUBLICLY_VISIBLE_SQL } from '../actions/public-visibility';
import { UrgentAction } from '../actions/urgent-action.entity';
import { Clock } from '../common/clock';
import { ListOfficialReplies, type PublicOfficialReply } from '../replies/use-cases/list-official-replies';

export interface OpenActions {
  actions: UrgentAction[];
  appealTotals: Map<string, number>;
}

/** How many closed cases the index shows under "recent outcomes". */
export const RECENT_OUTCOMES = 5;

export interface PublishedAction {
  action: UrgentAction;
  updates: ActionUpdate[];
  appeals: number;
  /** Replies from officials that staff made public. */
  replies: PublicOfficialReply[];
}

/**
 * What the public may see: actions that were published and whose embargo has passed, with their appeal totals.
 * Closed ones stay public: links in old emails keep working, and outcomes (good news too) are part of the practice.
 */
@Injectable()
export class PublishedActionsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly replies: ListOfficialReplies,
  ) {}

  /** Open actions, the ones closing soonest first. */
  async open(): Promise<OpenActions> {
    const actions = await this.visible()
      .andWhere('action.status = :published', { published: ActionStatus.Published })
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.appealDeadline', 'ASC')
      .addOrderBy('subject.position', 'ASC')
      .getMany();
    return { actions, appealTotals: await this.appealTotals(actions.map((action) => action.id)) };
  }

  /** The cases closed most recently, with their outcome. */
  async recentOutcomes(): Promise<OpenActions> {
    const closed = await this.visible()
      .andWhere('action.status = :closed', { closed: ActionStatus.Closed })
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.closedAt', 'DESC', 'NULLS LAST')
      .addOrderBy('action.id', 'ASC')
      .addOrderBy('subject.position', 'ASC')
      .take(RECENT_OUTCOMES)
      .getMany();
    return { actions: closed, appealTotals: await this.appealTotals(closed.map((action) => action.id)) };
  }

  /** A published or closed action the public may see, with its updates. */
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
    const replies = (await this.replies.execute(id, false)) as PublicOfficialReply[];
    return { action, updates, appeals: totals.get(id) ?? 0, replies };
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
      .where(PUBLICLY_VISIBLE_SQL, { visibleAt: this.clock.now() });
  }
}
