import { Inject, Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Environment } from '../config/environment';
import { LetterSources, LettersService } from '../letters/letters.service';
import { PublishedAction, PublishedActionsReader } from './published-actions.reader';

export interface TakeActionSources {
  found: PublishedAction;
  letters: LetterSources;
}

type Read = () => Promise<TakeActionSources | undefined>;

/**
 * A published action and what its letters are made from, as read a moment ago (PAGE_CACHE_MS), like the public
 * pages: each writer's letters are their own, but the five queries behind them are the same for every writer.
 */
@Injectable()
export class RecentLetterSources {
  private readonly recent: LRUCache<string, TakeActionSources, Read> | null;

  constructor(
    @Inject(Environment) environment: Environment,
    private readonly reader: PublishedActionsReader,
    private readonly letters: LettersService,
  ) {
    this.recent = environment.PAGE_CACHE_MS === 0 ? null : new LRUCache<string, TakeActionSources, Read>({
      max: 500,
      ttl: environment.PAGE_CACHE_MS,
      fetchMethod: (_key, _stale, { context }) => context(),
    });
  }

  /** Null when the action is not published (or not visible yet). */
  async get(actionId: string): Promise<TakeActionSources | null> {
    const read: Read = async () => {
      const found = await this.reader.one(actionId);
      return found ? { found, letters: await this.letters.sources(actionId, null) } : undefined;
    };
    return (this.recent ? await this.recent.fetch(actionId, { context: read }) : await read()) ?? null;
  }
}
