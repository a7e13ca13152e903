import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Clock } from '../../common/clock';
import type { ActionUpdateRecord, ActionWithSubjects, ActionWithTargets } from '../action-read-model';
import { ActionsRepository } from '../actions.repository';

export interface OpenActions {
  actions: ActionWithSubjects[];
  appealTotals: Map<string, number>;
}

/** How many closed cases the index shows under "recent outcomes". */
export const RECENT_OUTCOMES = 5;

export interface PublishedAction {
  action: ActionWithTargets;
  updates: ActionUpdateRecord[];
  appeals: number;
}

/**
 * What the public may see: actions that were published and whose embargo has passed, with their appeal totals.
 * Closed ones stay public: links in old emails keep working, and outcomes (good news too) are part of the practice.
 */
@Injectable()
export class ReadPublishedActions {
  constructor(
    private readonly actions: ActionsRepository,
    private readonly clock: Clock,
  ) {}

  /** Open actions, the ones closing soonest first. */
  async open(): Promise<OpenActions> {
    const actions = await this.actions.openVisible(this.clock.now());
    return { actions, appealTotals: await this.actions.appealTotals(actions.map((action) => action.id)) };
  }

  /** The cases closed most recently, with their outcome. */
  async recentOutcomes(): Promise<OpenActions> {
    const closed = await this.actions.recentlyClosedVisible(this.clock.now(), RECENT_OUTCOMES);
    return { actions: closed, appealTotals: await this.actions.appealTotals(closed.map((action) => action.id)) };
  }

  /** A published or closed action the public may see, with its updates; null for any other id. */
  async one(id: string): Promise<PublishedAction | null> {
    if (!isUUID(id)) return null;
    const action = await this.actions.oneVisible(id, this.clock.now());
    if (!action) return null;
    const updates = await this.actions.updatesOf(id);
    const totals = await this.actions.appealTotals([id]);
    return { action, updates, appeals: totals.get(id) ?? 0 };
  }
}
