import { ONE_READER_CONTENT_PREFIX } from '../outbox/mail-outbox';
import { NotificationContent } from '../outbox/notification-content.entity';

const CAPACITY = 256;

/** Stored notification content by id, the most recently used kept in memory (a notice's content never changes; letters are not kept). */
export class ContentCache {
  private readonly entries = new Map<string, NotificationContent>();

  async get(id: string, load: (id: string) => Promise<NotificationContent | null>): Promise<NotificationContent | null> {
    const cached = this.entries.get(id);
    if (cached) {
      this.entries.delete(id);
      this.entries.set(id, cached);
      return cached;
    }
    const content = await load(id);
    if (!content) return null;
    // A letter's or a link mail's content is used once and loses its writer once sent: keeping it would only hold memory and them.
    if (content.attachment || content.replyToAddress || content.dedupeKey.startsWith(ONE_READER_CONTENT_PREFIX)) return content;
    this.entries.set(id, content);
    if (this.entries.size > CAPACITY) this.entries.delete(this.entries.keys().next().value as string);
    return content;
  }
}
