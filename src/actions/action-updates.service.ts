import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { Refused } from '../platform/errors/domain-errors';
import { parseInstant } from '../common/instant';
import { ActionEvents } from './action-events';
import { assertOpenForUpdates } from './action-lifecycle';
import type { ActionUpdateRecord } from './action-read-model';
import { ActionUpdate } from './action-update.entity';
import { ActionUpdatesRepository } from './action-updates.repository';
import { ActionOutcome, ActionStatus, ActionUpdateKind } from './action-vocabulary';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { CreateActionUpdateDto } from './dto/create-action-update.dto';
import { UrgentAction } from './urgent-action.entity';

/** Further information, deadline extensions, outcomes and stop actions, and what each does to the action. */
@Injectable()
export class ActionUpdatesService {
  constructor(
    private readonly repository: ActionUpdatesRepository,
    private readonly actionsRepository: ActionsRepository,
    private readonly actions: ActionsService,
    private readonly clock: Clock,
    private readonly events: ActionEvents,
  ) {}

  async post(actionId: string, input: CreateActionUpdateDto): Promise<ActionUpdate> {
    const [update, afterCommit] = await this.actionsRepository.withTransaction(async (manager) => {
      const action = await this.actions.lockAction(manager, actionId);
      assertOpenForUpdates(action);
      const now = this.clock.now();
      const newAppealDeadline = this.newDeadline(action, input, now);
      if (input.kind === ActionUpdateKind.Outcome && !input.outcome) {
        throw Refused.at('outcome', 'An outcome update must say what the outcome is');
      }
      const max = await this.repository.lastSequence(manager, actionId);
      const update = await this.repository.insert(manager, {
        action,
        sequence: (max ?? 0) + 1,
        kind: input.kind,
        title: input.title,
        body: input.body,
        documentIndex: input.documentIndex ?? null,
        asks: input.asks ?? null,
        newAppealDeadline,
        outcome: input.kind === ActionUpdateKind.StopAction ? (input.outcome ?? ActionOutcome.StopAction) : (input.outcome ?? null),
        publishedAt: now,
      });
      await this.actionsRepository.setColumnsIn(manager, actionId, this.effectOnAction(input, update, now));
      delete (update as Partial<ActionUpdate>).action;
      return [update, await this.events.record(manager, { kind: 'update posted', actionId, updateId: update.id })] as const;
    });
    await afterCommit();
    return update;
  }

  async list(actionId: string): Promise<ActionUpdateRecord[]> {
    await this.actions.get(actionId);
    return this.actionsRepository.updatesOf(actionId);
  }

  private newDeadline(action: UrgentAction, input: CreateActionUpdateDto, now: Date): Date | null {
    if (!input.newAppealDeadline) {
      if (input.kind === ActionUpdateKind.DeadlineExtension) {
        throw Refused.at('newAppealDeadline', 'A deadline extension needs newAppealDeadline');
      }
      return null;
    }
    const deadline = parseInstant(input.newAppealDeadline, action.appealDeadlineTimeZone);
    if (!deadline || deadline.getTime() <= now.getTime()) {
      throw Refused.at('newAppealDeadline', `newAppealDeadline ${input.newAppealDeadline} must be in the future`);
    }
    if (input.kind === ActionUpdateKind.DeadlineExtension && deadline.getTime() <= action.appealDeadline.getTime()) {
      throw Refused.at('newAppealDeadline', `An extension must end after the current deadline ${action.appealDeadline.toISOString()}`);
    }
    return deadline;
  }

  private effectOnAction(input: CreateActionUpdateDto, update: ActionUpdate, now: Date): Partial<UrgentAction> {
    const effect: Partial<UrgentAction> = {};
    if (update.asks) effect.asks = update.asks;
    if (update.newAppealDeadline) effect.appealDeadline = update.newAppealDeadline;
    const closes = input.kind === ActionUpdateKind.StopAction || (input.kind === ActionUpdateKind.Outcome && input.closesAction !== false);
    if (closes) Object.assign(effect, { status: ActionStatus.Closed, outcome: update.outcome, closedAt: now });
    else if (update.outcome) effect.outcome = update.outcome;
    return effect;
  }
}
