import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, EntityManager, IsNull } from 'typeorm';
import { Clock } from '../common/clock';
import { Conflict, NotFound, Refused } from '../platform/errors/domain-errors';
import { parseInstant } from '../common/instant';
import { Page } from '../common/pagination';
import { escapeLike } from '../targets/targets.service';
import { Target } from '../targets/target.entity';
import { targetColumns } from '../targets/target-record';
import { ActionEvents } from './action-events';
import { assertEditable, assertPublishable } from './action-lifecycle';
import { PUBLICLY_VISIBLE_SQL } from './public-visibility';
import { ActionTarget } from './action-target.entity';
import { ActionOutcome, ActionStatus } from './action-vocabulary';
import { ActionFieldsDto } from './dto/action-fields.dto';
import { ActionTargetInputDto } from './dto/action-target-input.dto';
import { ListActionsQuery } from './dto/list-actions.query';
import { SubjectFieldsDto } from './dto/subject-fields.dto';
import { UpdateActionDto } from './dto/update-action.dto';
import { Subject } from './subject.entity';
import { UrgentAction } from './urgent-action.entity';

@Injectable()
export class ActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly events: ActionEvents,
  ) {}

  async create(input: ActionFieldsDto): Promise<UrgentAction> {
    const id = await this.dataSource.transaction(async (manager) => {
      if (input.reference) await this.assertReferenceFree(manager, input.reference);
      const { subjects, targets, ...fields } = input;
      const action = await manager.save(manager.create(UrgentAction, { ...this.scalarColumns(fields, fields.appealDeadlineTimeZone) }));
      await this.replaceSubjects(manager, action, subjects);
      await this.replaceTargets(manager, action, targets);
      return action.id;
    });
    return this.get(id);
  }

  async get(id: string): Promise<UrgentAction> {
    const action = await this.dataSource.getRepository(UrgentAction).findOne({
      where: { id },
      relations: { subjects: true, targets: { target: true, section: true } },
      order: { subjects: { position: 'ASC' }, targets: { position: 'ASC' } },
    });
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  async findByReference(reference: string): Promise<UrgentAction | null> {
    return this.dataSource.getRepository(UrgentAction).findOneBy({ reference });
  }

  async update(id: string, input: UpdateActionDto): Promise<UrgentAction> {
    const afterCommit = await this.dataSource.transaction(async (manager) => {
      const action = await this.lockAction(manager, id);
      assertEditable(action);
      if (input.reference && input.reference !== action.reference) await this.assertReferenceFree(manager, input.reference);
      const { subjects, targets, ...fields } = input;
      const timeZone = fields.appealDeadlineTimeZone ?? action.appealDeadlineTimeZone;
      if (fields.appealDeadlineTimeZone && !fields.appealDeadline) {
        throw Refused.at('appealDeadline', 'Give appealDeadline together with appealDeadlineTimeZone');
      }
      // A deadline staff set is a confirmed one, unless they say otherwise.
      if (fields.appealDeadline !== undefined && fields.appealDeadlineConfirmed === undefined) fields.appealDeadlineConfirmed = true;
      manager.merge(UrgentAction, action, this.scalarColumns(fields, timeZone));
      await manager.save(action);
      if (subjects) await this.replaceSubjects(manager, action, subjects);
      if (targets) await this.replaceTargets(manager, action, targets);
      return this.events.record(manager, { kind: 'edited', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  async publish(id: string): Promise<UrgentAction> {
    const afterCommit = await this.dataSource.transaction(async (manager) => {
      await this.lockAction(manager, id);
      const action = await this.getWith(manager, id);
      const now = this.clock.now();
      assertPublishable(action, now);
      await manager.update(UrgentAction, id, { status: ActionStatus.Published, publishedAt: now });
      return this.events.record(manager, { kind: 'published', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  async close(id: string, outcome: ActionOutcome): Promise<UrgentAction> {
    const afterCommit = await this.dataSource.transaction(async (manager) => {
      const action = await this.lockAction(manager, id);
      assertEditable(action);
      await manager.update(UrgentAction, id, { status: ActionStatus.Closed, outcome, closedAt: this.clock.now() });
      return this.events.record(manager, { kind: 'closed', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  /** With `visibleAt`: only what the public may see at that instant (published, past any embargo). */
  async list(query: ListActionsQuery, visibleAt?: Date): Promise<Page<UrgentAction>> {
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

  /** Locks the action's row for the rest of the transaction, so concurrent state changes queue up. */
  async lockAction(manager: EntityManager, id: string): Promise<UrgentAction> {
    const action = await manager.findOne(UrgentAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  private async getWith(manager: EntityManager, id: string): Promise<UrgentAction> {
    return manager.findOneOrFail(UrgentAction, { where: { id }, relations: { targets: { section: true } } });
  }

  private async assertReferenceFree(manager: EntityManager, reference: string): Promise<void> {
    const existing = await manager.findOneBy(UrgentAction, { reference });
    if (existing) throw Conflict.at('reference', `An action with reference ${reference} exists already (${existing.id})`);
  }

  private scalarColumns(fields: Partial<Omit<ActionFieldsDto, 'subjects' | 'targets'>>, timeZone: string | undefined) {
    const { appealDeadline, embargoUntil, ...rest } = fields;
    const columns: Partial<UrgentAction> = { ...(rest as Partial<UrgentAction>) };
    if (appealDeadline !== undefined) {
      const instant = parseInstant(appealDeadline, timeZone ?? 'UTC');
      if (!instant) throw Refused.at('appealDeadline', `appealDeadline ${appealDeadline} is not a date`);
      columns.appealDeadline = instant;
    }
    if (embargoUntil !== undefined) columns.embargoUntil = embargoUntil === null ? null : parseInstant(embargoUntil, timeZone ?? 'UTC');
    return columns;
  }

  private async replaceSubjects(manager: EntityManager, action: UrgentAction, subjects: SubjectFieldsDto[]): Promise<void> {
    await manager.delete(Subject, { action: { id: action.id } });
    await manager.save(subjects.map((subject, position) => manager.create(Subject, { ...subject, position, action })));
  }

  /** Replaces the action's own targets; those a section attached stay. */
  private async replaceTargets(manager: EntityManager, action: UrgentAction, inputs: ActionTargetInputDto[]): Promise<void> {
    await manager.delete(ActionTarget, { action: { id: action.id }, section: IsNull() });
    const links: ActionTarget[] = [];
    for (const [position, input] of inputs.entries()) {
      const target = await this.resolveTarget(manager, input, `targets[${position}]`);
      links.push(manager.create(ActionTarget, { action, target, role: input.role, position, section: null }));
    }
    const seen = new Set<string>();
    for (const [position, link] of links.entries()) {
      if (seen.has(link.target.id)) throw Refused.at(`targets[${position}].targetId`, `Target ${link.target.id} is listed twice`);
      seen.add(link.target.id);
    }
    await manager.save(links);
  }

  async resolveTarget(manager: EntityManager, input: ActionTargetInputDto, field: string): Promise<Target> {
    if (input.target) return manager.save(manager.create(Target, targetColumns(input.target, input.target.country)));
    const target = await manager.findOneBy(Target, { id: input.targetId });
    if (!target) throw Refused.at(`${field}.targetId`, `Target ${input.targetId} does not exist in the directory`);
    return target;
  }
}
