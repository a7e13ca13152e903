import { Inject, Injectable } from '@nestjs/common';
import { ActionChanges } from '../actions/action-changes';
import { PagesConfig } from '../config/pages.config';
import { RecentValues } from '../common/recent-values';

export interface RenderedPage {
  status: number;
  html: string;
}

/**
 * Public pages as rendered a moment ago (PAGE_CACHE_MS), keyed by language and path: fifty readers of a page
 * cost one render, so the pages stay fast when an action goes viral, and are at most that old (read again at once
 * after an action changes in this process: ActionChanges).
 */
@Injectable()
export class RenderedPages {
  private readonly recent: RecentValues<RenderedPage>;

  constructor(@Inject(PagesConfig) pages: PagesConfig, changes: ActionChanges) {
    this.recent = new RecentValues(pages.cacheMs, 2000);
    changes.onChange(() => this.recent.clear());
  }

  async get(key: string, render: () => Promise<RenderedPage>): Promise<RenderedPage> {
    return (await this.recent.get(key, render)) as RenderedPage;
  }
}
