import type { EntityManager } from 'typeorm';
import { NotificationContent } from '../outbox/notification-content.entity';
import type { RenderedNotice } from './notice-renderer';

/** What a letter adds to a notice's words: its sender, copies and, for a fax, the page. */
export type LetterParts = Partial<Pick<NotificationContent,
  'fromName' | 'replyToName' | 'replyToAddress' | 'cc' | 'headers' | 'faxNumber' | 'attachmentName' | 'attachment'>>;

/** The id of the shared content stored under `dedupeKey`, rendering and storing it the first time. */
export async function storeContent(manager: EntityManager, dedupeKey: string, render: () => RenderedNotice & LetterParts): Promise<string> {
  const existing = await manager.findOne(NotificationContent, { select: { id: true }, where: { dedupeKey } });
  if (existing) return existing.id;
  await manager.createQueryBuilder().insert().into(NotificationContent).values({ dedupeKey, ...render() }).orIgnore().execute();
  return (await manager.findOneOrFail(NotificationContent, { select: { id: true }, where: { dedupeKey } })).id;
}
