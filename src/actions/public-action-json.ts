import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { NotFound } from '../platform/errors/domain-errors';
import { RecentValues } from '../common/recent-values';
import { PagesConfig } from '../config/pages.config';
import { ActionChanges } from './action-changes';
import { ActionsService } from './actions.service';
import type { ListActionsQuery } from './dto/list-actions.query';
import { publicAction, publicActionPage } from './public-action.view';
import { isPubliclyVisible } from './public-visibility';
import type { UrgentAction } from './urgent-action.entity';

interface RenderedAction {
  /** What decides whether the public may see it at a given moment (an embargo may pass while it is kept). */
  visibility: Pick<UrgentAction, 'status' | 'publishedAt' | 'embargoUntil'>;
  json: string;
}

/**
 * The public JSON list and detail, rendered as the pages are: once per PAGE_CACHE_MS for every reader (and again
 * at once after an action changes in this process: ActionChanges), through the same allow-list serialisers, kept
 * as the JSON text so fifty readers cost one query and one serialisation.
 */
@Injectable()
export class PublicActionJson {
  private readonly lists: RecentValues<{ json: string }>;
  private readonly actions: RecentValues<RenderedAction>;

  constructor(
    @Inject(PagesConfig) pages: PagesConfig,
    private readonly service: ActionsService,
    private readonly clock: Clock,
    changes: ActionChanges,
  ) {
    this.lists = new RecentValues(pages.cacheMs, 500);
    this.actions = new RecentValues(pages.cacheMs, 1000);
    changes.onChange(() => {
      this.lists.clear();
      this.actions.clear();
    });
  }

  async list(query: ListActionsQuery): Promise<string> {
    const key = JSON.stringify([
      query.page,
      query.pageSize,
      query.status,
      query.country,
      query.deadlineBefore,
      query.deadlineAfter,
      query.q,
    ]);
    const rendered = await this.lists.get(key, async () => ({
      json: JSON.stringify(publicActionPage(await this.service.list(query, this.clock.now()))),
    }));
    return (rendered as { json: string }).json;
  }

  /** 404 for a draft or embargoed action, as for an unknown id. */
  async one(id: string): Promise<string> {
    const rendered = (await this.actions.get(id, async () => {
      const action = await this.service.get(id);
      const { status, publishedAt, embargoUntil } = action;
      return { visibility: { status, publishedAt, embargoUntil }, json: JSON.stringify(publicAction(action)) };
    })) as RenderedAction;
    if (!isPubliclyVisible(rendered.visibility, this.clock.now())) throw NotFound.entity('Action', id);
    return rendered.json;
  }
}
