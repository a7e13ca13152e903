import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FindActionUpdates } from '../../actions/use-cases/find-action-updates';
import { FindActions } from '../../actions/use-cases/find-actions';
import { Clock } from '../../common/clock';
import { DigestConfig } from '../../config/digest.config';
import type { DigestFrequency } from '../../supporters/notice-frequency';
import { NotificationKind } from '../outbox/notification-vocabulary';
import type { NewOutboxMessage } from '../outbox/outbox-writer';
import { NotificationQueues } from '../queues/notification-queues.service';
import { UnsubscribeLinks } from '../unsubscribe/unsubscribe-links';
import type { DigestItem } from './digest-items';
import { latestDigestPeriods, periodsToRecord } from './digest-periods';
import { DigestRenderer, DigestSources } from './digest-renderer';
import { DigestReader, DigestsRepository } from './digests.repository';
import type { NoticeDigest } from './notice-digest.entity';

export const DIGEST_PAGE_SIZE = 500;

/**
 * Writes each period's summaries: one outbox row per reader with something to read, none for a reader with nothing.
 * Runs every hour; a period is recorded first and settled last, so a run that fails is carried on by the next one.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    private readonly digests: DigestsRepository,
    private readonly queues: NotificationQueues,
    private readonly renderer: DigestRenderer,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(DigestConfig) private readonly digest: DigestConfig,
    private readonly findActions: FindActions,
    private readonly findUpdates: FindActionUpdates,
  ) {}

  /** Records the latest daily and weekly periods (and any missed since the last run), then works every period not yet settled, oldest first. */
  async planDue(): Promise<void> {
    for (const latest of latestDigestPeriods(this.clock.now(), this.digest.hourUtc)) {
      for (const period of periodsToRecord(latest, await this.digests.lastPeriodEnd(latest.frequency))) {
        await this.digests.recordPeriod(period);
      }
    }
    for (const digest of await this.digests.unsettled()) {
      try {
        await this.run(digest);
      } catch (error) {
        await this.digests.recordError(digest.id, error instanceof Error ? error.message : String(error));
        throw error;
      }
    }
  }

  private async run(digest: NoticeDigest): Promise<void> {
    let afterId = digest.cursor;
    for (;;) {
      const readers = await this.digests.readersAfter(digest.frequency, afterId, DIGEST_PAGE_SIZE);
      if (readers.length === 0) break;
      afterId = readers[readers.length - 1].id;
      const cursor = afterId;
      const queued = await this.digests.withTransaction(async (manager) =>
        this.digests.writePage(manager, digest.id, await this.messagesFor(manager, digest, readers), cursor),
      );
      await this.queues.sendMessages(queued, this.clock.now());
    }
    await this.digests.settle(digest.id, this.clock.now());
  }

  private async messagesFor(manager: EntityManager, digest: NoticeDigest, readers: DigestReader[]): Promise<NewOutboxMessage[]> {
    const itemsByReader = await this.digests.itemsOf(
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
      const contentId = await this.digests.storeContent(manager, `digest:${digest.id}:${reader.language}:${itemsKey}`, () =>
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

  /** The actions and updates the items name. */
  private async sourcesOf(manager: EntityManager, items: DigestItem[]): Promise<DigestSources> {
    const actionIds = [...new Set(items.map((item) => item.actionId))];
    const updateIds = [...new Set(items.flatMap((item) => (item.updateId ? [item.updateId] : [])))];
    const actions = await this.findActions.execute(manager, actionIds);
    const updates = updateIds.length ? await this.findUpdates.execute(manager, updateIds) : [];
    return {
      actions: new Map(actions.map((action) => [action.id, action])),
      updates: new Map(updates.map((update) => [update.id, update])),
    };
  }
}
