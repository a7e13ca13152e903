import type { EntityManager } from 'typeorm';
import { NotificationContent } from '../outbox/notification-content.entity';
import type { RenderedNotice } from './notice-renderer';

/** What a letter adds to a notice's words: its sender, copies and, for a fax, the page. */
export type LetterParts = Partial<
  Pick<
    NotificationContent,
    'fromName' | 'replyToName' | 'replyToAddress' | 'cc' | 'headers' | 'faxNumber' | 'attachmentName' | 'attachment'
  >
>;

/** The id of the shared content stored under `dedupeKey`, rendering and storing it the first time. */
export async function storeContent(manager: EntityManager, dedupeKey: string, render: () => RenderedNotice & LetterParts): Promise<string> {
  const existing = await manager.findOne(NotificationContent, { select: { id: true }, where: { dedupeKey } });
  if (existing) return existing.id;
  await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationContent)
    .values({ dedupeKey, ...render() })
    .orIgnore()
    .execute();
  return (await manager.findOneOrFail(NotificationContent, { select: { id: true }, where: { dedupeKey } })).id;
}

/**
 * The id of content already rendered, stored under `dedupeKey` unless it is there: one statement when it is new (a
 * one-reader mail's key is new every time), where storeContent looks first to spare a render.
 */
export async function storeRenderedContent(
  manager: EntityManager,
  dedupeKey: string,
  rendered: RenderedNotice & LetterParts,
): Promise<string> {
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationContent)
    .values({ dedupeKey, ...rendered })
    .orIgnore()
    .returning(['id'])
    .execute();
  const id = (inserted.raw as { id: string }[])[0]?.id;
  return id ?? (await manager.findOneOrFail(NotificationContent, { select: { id: true }, where: { dedupeKey } })).id;
}
