import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { Conflict, NotFound, Refused } from '../platform/errors/domain-errors';
import { parseInstant } from '../common/instant';
import { Page } from '../common/pagination';
import type { TargetRecord } from '../targets/target-read-model';
import { targetColumns } from '../targets/target-record';
import { AddTarget } from '../targets/use-cases/add-target';
import { FindTarget } from '../targets/use-cases/find-target';
import { ActionEvents } from './action-events';
import { assertEditable, assertPublishable } from './action-lifecycle';
import { ActionsRepository, OwnTargetLink } from './actions.repository';
import { ActionOutcome, ActionStatus } from './action-vocabulary';
import { ActionFieldsDto } from './dto/action-fields.dto';
import { ActionTargetInputDto } from './dto/action-target-input.dto';
import { ListActionsQuery } from './dto/list-actions.query';
import { UpdateActionDto } from './dto/update-action.dto';
import { UrgentAction } from './urgent-action.entity';

@Injectable()
export class ActionsService {
  constructor(
    private readonly repository: ActionsRepository,
    private readonly clock: Clock,
    private readonly events: ActionEvents,
    private readonly addTarget: AddTarget,
    private readonly findTarget: FindTarget,
  ) {}

  async create(input: ActionFieldsDto): Promise<UrgentAction> {
    const id = await this.repository.withTransaction(async (manager) => {
      if (input.reference) await this.assertReferenceFree(manager, input.reference);
      const { subjects, targets, ...fields } = input;
      const action = await this.repository.insert(manager, this.scalarColumns(fields, fields.appealDeadlineTimeZone));
      await this.repository.replaceSubjects(manager, action, subjects);
      await this.replaceTargets(manager, action, targets);
      return action.id;
    });
    return this.get(id);
  }

  async get(id: string): Promise<UrgentAction> {
    const action = await this.repository.withTargets(id);
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  async findByReference(reference: string): Promise<UrgentAction | null> {
    return this.repository.byReference(reference);
  }

  async update(id: string, input: UpdateActionDto): Promise<UrgentAction> {
    const afterCommit = await this.repository.withTransaction(async (manager) => {
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
      await this.repository.saveMerged(manager, action, this.scalarColumns(fields, timeZone));
      if (subjects) await this.repository.replaceSubjects(manager, action, subjects);
      if (targets) await this.replaceTargets(manager, action, targets);
      return this.events.record(manager, { kind: 'edited', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  async publish(id: string): Promise<UrgentAction> {
    const afterCommit = await this.repository.withTransaction(async (manager) => {
      await this.lockAction(manager, id);
      const action = await this.repository.withTargetSectionsIn(manager, id);
      const now = this.clock.now();
      assertPublishable(action, now);
      await this.repository.setColumnsIn(manager, id, { status: ActionStatus.Published, publishedAt: now });
      return this.events.record(manager, { kind: 'published', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  async close(id: string, outcome: ActionOutcome): Promise<UrgentAction> {
    const afterCommit = await this.repository.withTransaction(async (manager) => {
      const action = await this.lockAction(manager, id);
      assertEditable(action);
      await this.repository.setColumnsIn(manager, id, { status: ActionStatus.Closed, outcome, closedAt: this.clock.now() });
      return this.events.record(manager, { kind: 'closed', actionId: id });
    });
    await afterCommit();
    return this.get(id);
  }

  /** With `visibleAt`: only what the public may see at that instant (published, past any embargo). */
  list(query: ListActionsQuery, visibleAt?: Date): Promise<Page<UrgentAction>> {
    return this.repository.page(query, visibleAt);
  }

  /** Locks the action's row for the rest of the transaction, so concurrent state changes queue up. */
  async lockAction(manager: EntityManager, id: string): Promise<UrgentAction> {
    const action = await this.repository.lock(manager, id);
    if (!action) throw NotFound.entity('Action', id);
    return action;
  }

  private async assertReferenceFree(manager: EntityManager, reference: string): Promise<void> {
    const existing = await this.repository.byReferenceIn(manager, reference);
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

  /** Replaces the action's own targets; those a section attached stay. */
  private async replaceTargets(manager: EntityManager, action: UrgentAction, inputs: ActionTargetInputDto[]): Promise<void> {
    await this.repository.removeOwnTargets(manager, action.id);
    const links: OwnTargetLink[] = [];
    for (const [position, input] of inputs.entries()) {
      const target = await this.resolveTarget(manager, input, `targets[${position}]`);
      links.push({ target, role: input.role, position });
    }
    const seen = new Set<string>();
    for (const [position, link] of links.entries()) {
      if (seen.has(link.target.id)) throw Refused.at(`targets[${position}].targetId`, `Target ${link.target.id} is listed twice`);
      seen.add(link.target.id);
    }
    await this.repository.linkOwnTargets(manager, action, links);
  }

  async resolveTarget(manager: EntityManager, input: ActionTargetInputDto, field: string): Promise<TargetRecord> {
    if (input.target) return this.addTarget.execute(manager, targetColumns(input.target, input.target.country));
    const target = await this.findTarget.execute(manager, input.targetId);
    if (!target) throw Refused.at(`${field}.targetId`, `Target ${input.targetId} does not exist in the directory`);
    return target;
  }
}
