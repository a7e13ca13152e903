import { Inject, Injectable } from '@nestjs/common';
import { ActionChanges } from '../actions/action-changes';
import { RecentValues } from '../common/recent-values';
import { PagesConfig } from '../config/pages.config';
import { LetterSources, LettersService } from './letters.service';

/**
 * An action with its targets, letter templates and Cc settings, as read a moment ago (PAGE_CACHE_MS) or since it
 * last changed in this process: every writer's letter to one action reads the same rows, so a burst of writers costs
 * one read, not five queries each. Letters composed from one cached action also share its rendered parts (PartMemo).
 * Visibility, deadline and closure are checked by the caller on each request. Shared values: never change them.
 */
@Injectable()
export class CachedLetterSources {
  private readonly recent: RecentValues<LetterSources>;

  constructor(
    @Inject(PagesConfig) pages: PagesConfig,
    private readonly letters: LettersService,
    changes: ActionChanges,
  ) {
    this.recent = new RecentValues(pages.cacheMs, 500);
    changes.onChange(() => this.recent.clear());
  }

  /** 404 for an unknown action, as ActionsService.get. */
  async get(actionId: string, sectionId: string | null): Promise<LetterSources> {
    return (await this.recent.get(`${actionId}\u0000${sectionId ?? ''}`, () =>
      this.letters.sources(actionId, sectionId, true),
    )) as LetterSources;
  }
}
