import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import type { RenderedNotice } from '../content/notice-renderer';
import { storeContent } from '../content/notification-contents';
import type { DueMessage } from '../queues/notification-queues.service';
import { NewOutboxMessage, writeOutboxMessages } from '../outbox/outbox-writer';
import { DigestItem, readDigestItems } from './digest-items';
import type { DigestPeriod } from './digest-periods';
import { NoticeDigest } from './notice-digest.entity';
import { TransactionalRepository } from '../../database/transactional-repository';

/** A supporter who reads a summary. */
export interface DigestReader {
  id: string;
  email: string;
  name: string;
  language: string;
}

const FIRST_ID = '00000000-0000-0000-0000-000000000000';

/** The summaries' periods, their readers and what each read, and the outbox rows a period writes. */
@Injectable()
export class DigestsRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  async lastPeriodEnd(frequency: NoticeDigest['frequency']): Promise<Date | null> {
    const [last] = await this.dataSource.getRepository(NoticeDigest).find({
      select: { id: true, periodEnd: true },
      where: { frequency },
      order: { periodEnd: 'DESC' },
      take: 1,
    });
    return last?.periodEnd ?? null;
  }

  /** Records the period unless it is there already. */
  async recordPeriod(period: DigestPeriod): Promise<void> {
    await this.dataSource
      .getRepository(NoticeDigest)
      .createQueryBuilder()
      .insert()
      .values({ frequency: period.frequency, periodStart: period.start, periodEnd: period.end })
      .orIgnore()
      .execute();
  }

  /** The periods not settled yet, oldest first. */
  unsettled(): Promise<NoticeDigest[]> {
    return this.dataSource.getRepository(NoticeDigest).find({ where: { settledAt: IsNull() }, order: { periodEnd: 'ASC' } });
  }

  async recordError(digestId: string, error: string): Promise<void> {
    await this.dataSource.getRepository(NoticeDigest).update(digestId, { lastError: error });
  }

  async settle(digestId: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(NoticeDigest).update(digestId, { settledAt: now, lastError: null });
  }

  /** A page of the readers of this frequency after `afterId`, by id. */
  readersAfter(frequency: NoticeDigest['frequency'], afterId: string | null, pageSize: number): Promise<DigestReader[]> {
    return this.dataSource.query(
      `SELECT "id", "email", "name", "language" FROM supporter WHERE "noticeFrequency" = $1 AND "id" > $2 ORDER BY "id" LIMIT $3`,
      [frequency, afterId ?? FIRST_ID, pageSize],
    );
  }

  itemsOf(manager: EntityManager, readerIds: string[], start: Date, end: Date): Promise<Map<string, DigestItem[]>> {
    return readDigestItems(manager, readerIds, start, end);
  }

  /** The id of the summary's words stored under `key`, rendering them the first time. */
  storeContent(manager: EntityManager, key: string, render: () => RenderedNotice): Promise<string> {
    return storeContent(manager, key, render);
  }

  /** Writes the page's rows and moves the period's cursor past its readers; the rows now queued. */
  async writePage(manager: EntityManager, digestId: string, messages: NewOutboxMessage[], cursor: string): Promise<DueMessage[]> {
    const written = await writeOutboxMessages(manager, messages);
    await manager.increment(NoticeDigest, { id: digestId }, 'messagesCreated', written.length);
    await manager.update(NoticeDigest, digestId, { cursor });
    return written;
  }
}
