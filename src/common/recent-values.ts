import { LRUCache } from 'lru-cache';

type Read<Value> = () => Promise<Value | undefined>;

/**
 * Values as read at most `ttlMs` ago (PAGE_CACHE_MS for the public pages). Concurrent readers of a key that is not
 * kept wait for one read instead of each querying the database. A read that finds nothing (undefined) is not kept.
 * A ttl of 0 keeps nothing.
 */
export class RecentValues<Value extends object> {
  private readonly recent: LRUCache<string, Value, Read<Value>> | null;

  constructor(ttlMs: number, max: number) {
    this.recent =
      ttlMs === 0
        ? null
        : new LRUCache<string, Value, Read<Value>>({
            max,
            ttl: ttlMs,
            fetchMethod: (_key, _stale, { context }) => context(),
          });
  }

  async get(key: string, read: Read<Value>): Promise<Value | undefined> {
    return this.recent ? this.recent.fetch(key, { context: read }) : read();
  }

  /** Forgets every value: the next reader of each key reads it again. */
  clear(): void {
    this.recent?.clear();
  }
}
