import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RenderedNotice } from '../content/notice-renderer';
import { storeContent } from '../content/notification-contents';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import type { FanoutStatus } from '../outbox/notification-vocabulary';
import { NewOutboxMessage, writeOutboxMessages } from '../outbox/outbox-writer';
import type { DueMessage } from '../queues/notification-queues.service';
import { AudienceMember, AudienceStage, readAudiencePage } from './fanout-audience';
import { TransactionalRepository } from '../../database/transactional-repository';

/** A fan-out, its audience page by page, and the outbox rows each page writes (what it announces comes from ActionRecordsModule). */
@Injectable()
export class FanoutRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  fanout(fanoutId: string): Promise<NotificationFanout | null> {
    return this.dataSource.getRepository(NotificationFanout).findOneBy({ id: fanoutId });
  }

  audiencePage(
    stage: AudienceStage,
    actionId: string,
    afterId: string | null,
    pageSize: number,
    options: { urgent: boolean },
  ): Promise<AudienceMember[]> {
    return readAudiencePage(this.dataSource.manager, stage, actionId, afterId, pageSize, options);
  }

  /** The id of the notice's words stored under `key`, rendering them the first time. */
  storeContent(manager: EntityManager, key: string, render: () => RenderedNotice): Promise<string> {
    return storeContent(manager, key, render);
  }

  /** Writes the page's rows (one statement) and moves the fan-out's cursor past them; the rows now queued. */
  async writePage(manager: EntityManager, fanoutId: string, messages: NewOutboxMessage[], cursor: string): Promise<DueMessage[]> {
    const written = await writeOutboxMessages(manager, messages);
    await manager.increment(NotificationFanout, { id: fanoutId }, 'messagesCreated', written.length);
    await manager.update(NotificationFanout, fanoutId, { cursor });
    return written;
  }

  async settle(fanoutId: string, status: FanoutStatus, reason: string | null, now: Date): Promise<void> {
    await this.dataSource.getRepository(NotificationFanout).update(fanoutId, { status, lastError: reason, settledAt: now });
  }
}
