import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, EntitySubscriberInterface, FindOptionsSelect, In, IsNull, MoreThan } from 'typeorm';
import type { DeepPartial } from 'typeorm';
import type { Page } from '../common/pagination';
import type { TargetRecord } from '../targets/target-read-model';
import { escapeLike } from '../targets/targets.service';
import type {
  ActionRecord,
  ActionUpdateRecord,
  ActionWithDirectoryTargets,
  ActionWithSubjects,
  ActionWithTargets,
  SectionTargetRecord,
} from './action-read-model';
import { ActionTarget } from './action-target.entity';
import { ActionUpdate } from './action-update.entity';
import { ActionStatus, TargetRole } from './action-vocabulary';
import type { ListActionsQuery } from './dto/list-actions.query';
import { PUBLICLY_VISIBLE_SQL } from './public-visibility';
import { Subject } from './subject.entity';
import { UrgentAction } from './urgent-action.entity';
import { TransactionalRepository } from '../database/transactional-repository';

/** One of the action's own targets, at its place in the list. */
export interface OwnTargetLink {
  target: TargetRecord;
  role: TargetRole;
  position: number;
}

// A UA number in its canonical form (the importer's canonicalUaNumber) in SQL, for comparing with the references stored.
const CANONICAL_REFERENCE_SQL = `regexp_replace(action.reference, '^UA:?\\s*0*(\\d{1,4})\\s*/\\s*(\\d{2})$', 'UA \\1/\\2', 'i')`;

/** The section attaching a target of its own: its id, and its code to name it. */
export interface LinkingSection {
  id: string;
  code: string;
}

/** A section's own target on an action, as the section attaches it. */
export interface SectionTargetLink {
  action: UrgentAction;
  target: TargetRecord;
  section: LinkingSection;
  role: TargetRole;
  position: number;
}

/**
 * The actions module's way to the database: what the public may see and what is still ahead, for the pages and other
 * modules; and staff's reads and writes of actions, their people and their own targets, each write with the
 * transaction's manager so the action's events commit with it.
 */
@Injectable()
export class ActionsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

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

  count(): Promise<number> {
    return this.dataSource.getRepository(UrgentAction).count();
  }

  /** Drafts and published actions whose deadline is after `now`, the soonest first. */
  ahead(now: Date): Promise<ActionRecord[]> {
    return this.dataSource.getRepository(UrgentAction).find({
      where: { status: In([ActionStatus.Draft, ActionStatus.Published]), appealDeadline: MoreThan(now) },
      order: { appealDeadline: 'ASC' },
    });
  }

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

  /** Lets `subscriber` hear of every write through this data source, and of each transaction's commit. */
  subscribe(subscriber: EntitySubscriberInterface): void {
    this.dataSource.subscribers.push(subscriber);
  }

  /** The action with its people and every target (sections' too, with their section), each in order; null when there is none. */
  withTargets(id: string): Promise<UrgentAction | null> {
    return this.dataSource.getRepository(UrgentAction).findOne({
      where: { id },
      relations: { subjects: true, targets: { target: true, section: true } },
      order: { subjects: { position: 'ASC' }, targets: { position: 'ASC' } },
    });
  }

  /** The action's own columns, no relation; null when there is none. */
  byId(id: string): Promise<ActionRecord | null> {
    return this.dataSource.getRepository(UrgentAction).findOneBy({ id });
  }

  byReference(reference: string): Promise<UrgentAction | null> {
    return this.dataSource.getRepository(UrgentAction).findOneBy({ reference });
  }

  /** One page of actions with their people, the deadline closing soonest first; with `visibleAt`, only what the public may see then. */
  async page(query: ListActionsQuery, visibleAt?: Date): Promise<Page<UrgentAction>> {
    const builder = this.dataSource
      .getRepository(UrgentAction)
      .createQueryBuilder('action')
      .leftJoinAndSelect('action.subjects', 'subject')
      .orderBy('action.appealDeadline', 'ASC')
      .addOrderBy('action.id', 'ASC')
      .addOrderBy('subject.position', 'ASC');
    if (visibleAt) builder.andWhere(PUBLICLY_VISIBLE_SQL, { visibleAt });
    if (query.status) builder.andWhere('action.status = :status', { status: query.status });
    if (query.country) builder.andWhere('action.country = :country', { country: query.country });
    if (query.deadlineBefore) builder.andWhere('action.appealDeadline < :before', { before: new Date(query.deadlineBefore) });
    if (query.deadlineAfter) builder.andWhere('action.appealDeadline >= :after', { after: new Date(query.deadlineAfter) });
    if (query.q) {
      const pattern = `%${escapeLike(query.q)}%`;
      builder.andWhere(
        new Brackets((where) =>
          where.where('action.title ILIKE :pattern', { pattern }).orWhere('action.reference ILIKE :pattern', { pattern }),
        ),
      );
    }
    const [items, total] = await builder
      .skip((query.page - 1) * query.pageSize)
      .take(query.pageSize)
      .getManyAndCount();
    return { items, total, page: query.page, pageSize: query.pageSize };
  }

  /** Locks the action's row for the rest of the transaction, so concurrent state changes queue up; null when there is none. */
  lock(manager: EntityManager, id: string): Promise<UrgentAction | null> {
    return manager.findOne(UrgentAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** The action with its targets and their sections, read in the transaction; it must exist. */
  withTargetSectionsIn(manager: EntityManager, id: string): Promise<UrgentAction> {
    return manager.findOneOrFail(UrgentAction, { where: { id }, relations: { targets: { section: true } } });
  }

  byReferenceIn(manager: EntityManager, reference: string): Promise<UrgentAction | null> {
    return manager.findOneBy(UrgentAction, { reference });
  }

  insert(manager: EntityManager, columns: Partial<UrgentAction>): Promise<UrgentAction> {
    return manager.save(manager.create(UrgentAction, { ...columns }));
  }

  /** Merges the columns into the loaded action and saves it, so its version and updatedAt move on. */
  async saveMerged(manager: EntityManager, action: UrgentAction, columns: Partial<UrgentAction>): Promise<void> {
    manager.merge(UrgentAction, action, columns);
    await manager.save(action);
  }

  /** Sets the columns outside any transaction and past the lifecycle: what the seed loader writes. */
  async setColumns(id: string, columns: Partial<UrgentAction>): Promise<void> {
    await this.dataSource.getRepository(UrgentAction).update(id, columns);
  }

  async setColumnsIn(manager: EntityManager, id: string, columns: Partial<UrgentAction>): Promise<void> {
    await manager.update(UrgentAction, id, columns);
  }

  async replaceSubjects(manager: EntityManager, action: UrgentAction, subjects: DeepPartial<Subject>[]): Promise<void> {
    await manager.delete(Subject, { action: { id: action.id } });
    await manager.save(subjects.map((subject, position) => manager.create(Subject, { ...subject, position, action })));
  }

  /** Removes the action's own target links; those a section attached stay. */
  async removeOwnTargets(manager: EntityManager, actionId: string): Promise<void> {
    await manager.delete(ActionTarget, { action: { id: actionId }, section: IsNull() });
  }

  async linkOwnTargets(manager: EntityManager, action: UrgentAction, links: OwnTargetLink[]): Promise<void> {
    await manager.save(links.map((link) => manager.create(ActionTarget, { action, ...link, section: null })));
  }

  hasTarget(actionId: string, targetId: string): Promise<boolean> {
    return this.dataSource.getRepository(ActionTarget).exists({ where: { action: { id: actionId }, target: { id: targetId } } });
  }

  sectionTargetCount(manager: EntityManager, sectionId: string, actionId: string): Promise<number> {
    return manager.countBy(ActionTarget, { action: { id: actionId }, section: { id: sectionId } });
  }

  sectionTargetLink(manager: EntityManager, sectionId: string, actionId: string, targetId: string): Promise<SectionTargetRecord | null> {
    return manager.findOneBy(ActionTarget, { action: { id: actionId }, section: { id: sectionId }, target: { id: targetId } });
  }

  /** Saves the link and reads it back with its section. */
  async linkSectionTarget(manager: EntityManager, link: SectionTargetLink): Promise<SectionTargetRecord> {
    const { id } = await manager.save(manager.create(ActionTarget, link));
    return manager.findOneOrFail(ActionTarget, { where: { id }, relations: { section: true } });
  }

  /** The section's own targets on the action, with their section, in order. */
  sectionTargets(sectionId: string, actionId: string): Promise<SectionTargetRecord[]> {
    return this.dataSource.getRepository(ActionTarget).find({
      where: { action: { id: actionId }, section: { id: sectionId } },
      relations: { section: true },
      order: { position: 'ASC' },
    });
  }

  private actions() {
    return this.dataSource.getRepository(UrgentAction).createQueryBuilder('action');
  }

  /** The action's columns (all, or those named), read with `manager` (the caller's transaction); it must exist. */
  oneIn<K extends keyof ActionRecord>(manager: EntityManager, id: string, columns?: K[]): Promise<Pick<ActionRecord, K>> {
    if (!columns) return manager.findOneByOrFail(UrgentAction, { id });
    const select = Object.fromEntries(columns.map((column) => [column, true])) as FindOptionsSelect<UrgentAction>;
    return manager.findOneOrFail(UrgentAction, { select, where: { id } });
  }

  /** The actions of these ids that exist, read with `manager`. */
  manyIn(manager: EntityManager, ids: string[]): Promise<ActionRecord[]> {
    return manager.findBy(UrgentAction, { id: In(ids) });
  }

  /** The action's appeal deadline; null when there is no such action. */
  async appealDeadlineOf(id: string): Promise<Date | null> {
    const action = await this.dataSource.manager.findOne(UrgentAction, { select: { id: true, appealDeadline: true }, where: { id } });
    return action ? action.appealDeadline : null;
  }

  exists(id: string): Promise<boolean> {
    return this.dataSource.getRepository(UrgentAction).existsBy({ id });
  }

  /** The ids of the published actions whose appeal deadline is after `now`, read with `manager`. */
  async publishedAheadIn(manager: EntityManager, now: Date): Promise<string[]> {
    const actions = await manager.find(UrgentAction, {
      select: { id: true },
      where: { status: ActionStatus.Published, appealDeadline: MoreThan(now) },
    });
    return actions.map((action) => action.id);
  }

  /** The action with its targets from the directory (not their sections); null when there is none. */
  withDirectoryTargets(id: string): Promise<ActionWithDirectoryTargets | null> {
    return this.dataSource.getRepository(UrgentAction).findOne({ where: { id }, relations: { targets: { target: true } } });
  }

  /**
   * Pauses (keeping the first pause's time) or resumes the system's sending to one target of the action; false when
   * the target is not the action's. Through the query builder, so the public pages' and letters' shared copies hear
   * of it (ActionChanges).
   */
  async pauseSending(actionId: string, targetId: string, paused: boolean, now: Date): Promise<boolean> {
    const changed = await this.dataSource
      .createQueryBuilder()
      .update(ActionTarget)
      .set({ systemSendingPausedAt: paused ? () => 'coalesce("systemSendingPausedAt", :now)' : null })
      .where('"actionId" = :actionId AND "targetId" = :targetId', { actionId, targetId, now })
      .execute();
    return Boolean(changed.affected);
  }

  /** The updates of these ids that exist, read with `manager`. */
  updatesIn(manager: EntityManager, ids: string[]): Promise<ActionUpdateRecord[]> {
    return manager.findBy(ActionUpdate, { id: In(ids) });
  }

  /** One update, read with `manager`; it must exist. */
  updateIn(manager: EntityManager, id: string): Promise<ActionUpdateRecord> {
    return manager.findOneByOrFail(ActionUpdate, { id });
  }

  /** One update; it must exist. */
  updateById(id: string): Promise<ActionUpdateRecord> {
    return this.dataSource.getRepository(ActionUpdate).findOneByOrFail({ id });
  }

  private visible(now: Date) {
    return this.dataSource.getRepository(UrgentAction).createQueryBuilder('action').where(PUBLICLY_VISIBLE_SQL, { visibleAt: now });
  }
}
