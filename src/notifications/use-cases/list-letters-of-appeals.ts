import { Injectable } from '@nestjs/common';
import type { NotificationContentRecord, OutboxMessageRecord } from '../outbox/outbox-record';
import { PersonalMailRepository } from '../outbox/personal-mail.repository';

/** A letter the system was asked to send in the writer's name, as far as we still hold it. */
export interface HeldLetter
  extends
    Pick<OutboxMessageRecord, 'actionId' | 'targetId' | 'status' | 'dueAt' | 'settledAt'>,
    Pick<NotificationContentRecord, 'subject' | 'language' | 'fromName' | 'replyToName' | 'replyToAddress' | 'faxNumber'> {
  appealRecordId: string;
  /** The letter's words; empty once it has gone and no longer holds its writer. */
  text: string;
  /** The fax's PDF is still held. */
  holdsFaxPdf: boolean;
}

/**
 * For a writer's data export: the letters of these appeals the outbox still holds, oldest first, built field by field,
 * so a column the tables gain later is not exported unless it is added here.
 */
@Injectable()
export class ListLettersOfAppeals {
  constructor(private readonly mail: PersonalMailRepository) {}

  async execute(appealIds: string[]): Promise<HeldLetter[]> {
    if (appealIds.length === 0) return [];
    const messages = await this.mail.lettersOf(appealIds);
    const holdingPdf = await this.mail.holdingPdf(messages.flatMap(({ content }) => (content ? [content.id] : [])));
    return messages.flatMap(({ appealRecordId, actionId, targetId, status, dueAt, settledAt, content }) =>
      appealRecordId && content
        ? [
            {
              appealRecordId,
              actionId,
              targetId,
              status,
              dueAt,
              settledAt,
              subject: content.subject,
              language: content.language,
              fromName: content.fromName,
              replyToName: content.replyToName,
              replyToAddress: content.replyToAddress,
              text: content.textBody,
              faxNumber: content.faxNumber,
              holdsFaxPdf: holdingPdf.has(content.id),
            },
          ]
        : [],
    );
  }
}
