import { Inject, Injectable } from '@nestjs/common';
import { ActionChanges } from '../actions/action-changes';
import { ActionStatus } from '../actions/action-vocabulary';
import { type PublishedAction, ReadPublishedActions } from '../actions/use-cases/read-published-actions';
import { PagesConfig } from '../config/pages.config';
import { RecentValues } from '../common/recent-values';
import { LetterSources, LettersService } from './letters.service';

export interface TakeActionSources {
  found: PublishedAction;
  letters: LetterSources;
}

/**
 * A published action and what its letters are made from, as read a moment ago (PAGE_CACHE_MS), like the public
 * pages: each writer's letters are their own, but the five queries behind them are the same for every writer.
 */
@Injectable()
export class RecentLetterSources {
  private readonly recent: RecentValues<TakeActionSources>;

  constructor(
    @Inject(PagesConfig) pages: PagesConfig,
    private readonly published: ReadPublishedActions,
    private readonly letters: LettersService,
    changes: ActionChanges,
  ) {
    this.recent = new RecentValues(pages.cacheMs, 500);
    changes.onChange(() => this.recent.clear());
  }

  /** Null when the action takes no letters: not published, not visible yet, or closed. */
  async get(actionId: string, sectionId: string | null = null): Promise<TakeActionSources | null> {
    const found = await this.recent.get(`${actionId}:${sectionId ?? ''}`, async () => {
      const action = await this.published.one(actionId);
      return action && action.action.status === ActionStatus.Published
        ? { found: action, letters: await this.letters.sources(actionId, sectionId) }
        : undefined;
    });
    return found ?? null;
  }
}
