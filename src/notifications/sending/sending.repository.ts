import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { storeContent } from '../content/notification-contents';
import type { LetterParts } from '../content/notification-contents';
import type { RenderedNotice } from '../content/notice-renderer';
import { NotificationContent } from '../outbox/notification-content.entity';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { TransactionalRepository } from '../../database/transactional-repository';

/**
 * What sending a claimed row reads and writes besides its lease: its words, and the transaction a failed address is
 * recorded in (the action, section and target are read and changed through their modules' use cases).
 */
@Injectable()
export class SendingRepository extends TransactionalRepository {
  constructor(@InjectDataSource() dataSource: DataSource) {
    super(dataSource);
  }

  content(id: string): Promise<NotificationContent | null> {
    return this.dataSource.manager.findOneBy(NotificationContent, { id });
  }

  /** Stores the row's content under `dedupeKey` (rendered only the first time) and points the row at it. */
  async storeContentOf(messageId: string, dedupeKey: string, render: () => RenderedNotice & LetterParts): Promise<string> {
    const manager = this.dataSource.manager;
    const contentId = await storeContent(manager, dedupeKey, render);
    await manager.update(OutboxMessage, messageId, { contentId });
    return contentId;
  }
}
