import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Not } from 'typeorm';
import { NotificationContent } from './notification-content.entity';
import { NotificationKind } from './notification-vocabulary';
import { OutboxMessage } from './outbox-message.entity';

/** What the outbox holds of one person, for their data export: the mail to them and the letters in their name. */
@Injectable()
export class PersonalMailRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The mail sent, or to be sent, to the supporter, oldest first. */
  messagesTo(supporterId: string): Promise<OutboxMessage[]> {
    return this.dataSource.getRepository(OutboxMessage).find({ where: { supporterId }, order: { createdAt: 'ASC' } });
  }

  /** The letters of these appeals that still have their content, oldest first, with the content's exported columns. */
  lettersOf(appealIds: string[]): Promise<OutboxMessage[]> {
    return this.dataSource.manager.find(OutboxMessage, {
      // Not the fax's PDF itself: only whether it is still held, asked by holdingPdf.
      select: {
        id: true,
        appealRecordId: true,
        actionId: true,
        targetId: true,
        status: true,
        dueAt: true,
        settledAt: true,
        createdAt: true,
        content: {
          id: true,
          subject: true,
          language: true,
          fromName: true,
          replyToName: true,
          replyToAddress: true,
          textBody: true,
          faxNumber: true,
        },
      },
      where: { kind: NotificationKind.TargetMessage, appealRecordId: In(appealIds), contentId: Not(IsNull()) },
      relations: { content: true },
      order: { createdAt: 'ASC' },
    });
  }

  /** Which of these contents still hold a fax's PDF. */
  async holdingPdf(contentIds: string[]): Promise<Set<string>> {
    const contents = await this.dataSource.manager.find(NotificationContent, {
      select: { id: true },
      where: { id: In(contentIds), attachment: Not(IsNull()) },
    });
    return new Set(contents.map(({ id }) => id));
  }
}
