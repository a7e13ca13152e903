import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Environment } from '../config/environment';

export interface RenderedPage {
  status: number;
  html: string;
}

type Render = () => Promise<RenderedPage>;

/**
 * Public pages as rendered a moment ago (PAGE_CACHE_MS), keyed by language and path. Concurrent
 * readers of a page that is not cached wait for one render instead of each querying the database:
 * the pages stay fast when an action goes viral, and are at most that old.
 */
@Injectable()
export class RenderedPages {
  private readonly recent: LRUCache<string, RenderedPage, Render> | null;

  constructor(@Inject(Environment) environment: Environment) {
    this.recent =
      environment.PAGE_CACHE_MS === 0
        ? null
        : new LRUCache<string, RenderedPage, Render>({
            max: 2000,
            ttl: environment.PAGE_CACHE_MS,
            fetchMethod: (_key, _stale, { context }) => context(),
          });
  }

  async get(key: string, render: Render): Promise<RenderedPage> {
    if (!this.recent) return render();
    return (await this.recent.fetch(key, { context: render })) as RenderedPage;
  }
}
