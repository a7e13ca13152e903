import { Injectable } from '@nestjs/common';
import type { OutboxMessageRecord } from '../outbox/outbox-record';
import { PersonalMailRepository } from '../outbox/personal-mail.repository';

/** The mail sent, or to be sent, to a supporter, oldest first, for their data export. */
@Injectable()
export class ListMailToSupporter {
  constructor(private readonly mail: PersonalMailRepository) {}

  execute(supporterId: string): Promise<OutboxMessageRecord[]> {
    return this.mail.messagesTo(supporterId);
  }
}
