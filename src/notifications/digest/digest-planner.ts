import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { ActionUpdate } from '../../actions/action-update.entity';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Clock } from '../../common/clock';
import { DigestConfig } from '../../config/digest.config';
import type { DigestFrequency } from '../../supporters/notice-frequency';
import { storeContent } from '../content/notification-contents';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { NewOutboxMessage, writeOutboxMessages } from '../outbox/outbox-writer';
import { NotificationQueues } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import { DigestItem, readDigestItems } from './digest-items';
import { latestDigestPeriods, periodsToRecord } from './digest-periods';
import { DigestRenderer, DigestSources } from './digest-renderer';
import { NoticeDigest } from './notice-digest.entity';

export const DIGEST_PAGE_SIZE = 500;

interface Reader {
  id: string;
  email: string;
  name: string;
  language: string;
}

/**
 * Writes each period's summaries: one outbox row per reader with something to read, none for a reader with nothing.
 * Runs every hour; a period is recorded first and settled last, so a run that fails is carried on by the next one.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: NotificationQueues,
    private readonly renderer: DigestRenderer,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(DigestConfig) private readonly digest: DigestConfig,
  ) {}

  /** Records the latest daily and weekly periods (and any missed since the last run), then works every period not yet settled, oldest first. */
  async planDue(): Promise<void> {
    const repository = this.dataSource.getRepository(NoticeDigest);
    for (const latest of latestDigestPeriods(this.clock.now(), this.digest.hourUtc)) {
      const [last] = await repository.find({
        select: { id: true, periodEnd: true },
        where: { frequency: latest.frequency },
        order: { periodEnd: 'DESC' },
        take: 1,
      });
      for (const period of periodsToRecord(latest, last?.periodEnd ?? null)) {
        await repository
          .createQueryBuilder()
          .insert()
          .values({ frequency: period.frequency, periodStart: period.start, periodEnd: period.end })
          .orIgnore()
          .execute();
      }
    }
    for (const digest of await repository.find({ where: { settledAt: IsNull() }, order: { periodEnd: 'ASC' } })) {
      try {
        await this.run(digest);
      } catch (error) {
        await repository.update(digest.id, { lastError: error instanceof Error ? error.message : String(error) });
        throw error;
      }
    }
  }

  private async run(digest: NoticeDigest): Promise<void> {
    let afterId = digest.cursor;
    for (;;) {
      const readers: Reader[] = await this.dataSource.query(
        `SELECT "id", "email", "name", "language" FROM supporter WHERE "noticeFrequency" = $1 AND "id" > $2 ORDER BY "id" LIMIT $3`,
        [digest.frequency, afterId ?? '00000000-0000-0000-0000-000000000000', DIGEST_PAGE_SIZE],
      );
      if (readers.length === 0) break;
      afterId = readers[readers.length - 1].id;
      const cursor = afterId;
      const queued = await this.dataSource.transaction(async (manager) => {
        const messages = await this.messagesFor(manager, digest, readers);
        const written = await writeOutboxMessages(manager, messages);
        await manager.increment(NoticeDigest, { id: digest.id }, 'messagesCreated', written.length);
        await manager.update(NoticeDigest, digest.id, { cursor });
        return written;
      });
      await this.queues.sendMessages(queued, this.clock.now());
    }
    await this.dataSource.getRepository(NoticeDigest).update(digest.id, { settledAt: this.clock.now(), lastError: null });
  }

  private async messagesFor(manager: EntityManager, digest: NoticeDigest, readers: Reader[]): Promise<NewOutboxMessage[]> {
    const itemsByReader = await readDigestItems(
      manager,
      readers.map((reader) => reader.id),
      digest.periodStart,
      digest.periodEnd,
    );
    if (itemsByReader.size === 0) return [];
    const sources = await this.sourcesOf(manager, [...itemsByReader.values()].flat());
    const now = this.clock.now();
    const messages: NewOutboxMessage[] = [];
    for (const reader of readers) {
      const items = itemsByReader.get(reader.id);
      if (!items) continue;
      // Readers with the same items in the same language share one stored content.
      const itemsKey = createHash('sha256')
        .update(items.map((item) => item.updateId ?? item.actionId).join(','))
        .digest('base64url');
      const contentId = await storeContent(manager, `digest:${digest.id}:${reader.language}:${itemsKey}`, () =>
        this.renderer.render(digest.frequency as DigestFrequency, items, sources, reader.language),
      );
      messages.push({
        kind: NotificationKind.Digest,
        dedupeKey: `digest:${digest.id}:supporter:${reader.id}`,
        recipient: reader.email,
        recipientName: reader.name,
        supporterId: reader.id,
        contentId,
        dueAt: now,
        unsubscribeUrl: this.unsubscribeLinks.urlFor({ kind: 'everything', supporterId: reader.id }),
      });
    }
    return messages;
  }

  private async sourcesOf(manager: EntityManager, items: DigestItem[]): Promise<DigestSources> {
    const actionIds = [...new Set(items.map((item) => item.actionId))];
    const updateIds = [...new Set(items.flatMap((item) => (item.updateId ? [item.updateId] : [])))];
    const actions = await manager.findBy(UrgentAction, { id: In(actionIds) });
    const updates = updateIds.length ? await manager.findBy(ActionUpdate, { id: In(updateIds) }) : [];
    return {
      actions: new Map(actions.map((action) => [action.id, action])),
      updates: new Map(updates.map((update) => [update.id, update])),
    };
  }
}
