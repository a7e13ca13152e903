import type { EntityManager } from 'typeorm';
import { NotificationContent } from '../outbox/notification-content.entity';

const CAPACITY = 256;

/** Stored notification content by id, the most recently used kept in memory (content rows are never changed). */
export class ContentCache {
  private readonly entries = new Map<string, NotificationContent>();

  async get(manager: EntityManager, id: string): Promise<NotificationContent | null> {
    const cached = this.entries.get(id);
    if (cached) {
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached;
    }
    const content = await manager.findOneBy(NotificationContent, { id });
    if (!content) return null;
    // A letter's content (with its PDF) is used once: keeping it would only hold memory.
    if (content.attachment) return content;
    this.entries.set(id, content);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return content;
  }
}
