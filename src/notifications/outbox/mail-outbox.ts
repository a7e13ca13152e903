import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RenderedLinkMail } from '../../mail/link-mail';
import { LetterParts, storeRenderedContent } from '../content/notification-contents';
import { NotificationQueues, type DueMessage } from '../queues/notification-queues.service';
import { NotificationKind } from './notification-vocabulary';
import { writeOutboxMessages } from './outbox-writer';

/** Content kept per message under this prefix is for one reader (a link, a test letter): cleared once sent, deleted on erasure. */
export const ONE_READER_CONTENT_PREFIX = 'one-reader:';

export interface OneReaderMail {
  kind: NotificationKind;
  /** Unique per intention: writing the same key twice sends once. */
  dedupeKey: string;
  recipient: string;
  recipientName?: string | null;
  supporterId?: string | null;
  /** Its one-click unsubscribe (RFC 8058), for mail the reader may stop. */
  unsubscribeUrl?: string | null;
  /** The words; a letter's test send adds its sender's name and the PDF. */
  rendered: RenderedLinkMail & Pick<LetterParts, 'fromName' | 'attachment' | 'attachmentName'>;
}

/**
 * Mail meant for one reader (a confirmation or sign-in link) goes out through the outbox like every other message:
 * written in the caller's transaction, retried by the worker, re-driven by the reconciler, never sent inside the request.
 */
@Injectable()
export class MailOutbox {
  private readonly logger = new Logger(MailOutbox.name);

  constructor(
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Writes the message and its content; wake the answer after the transaction commits. */
  async write(manager: EntityManager, mail: OneReaderMail): Promise<DueMessage | null> {
    const dedupeKey = `${ONE_READER_CONTENT_PREFIX}${mail.dedupeKey}`;
    const contentId = await storeRenderedContent(manager, dedupeKey, mail.rendered);
    const [written] = await writeOutboxMessages(manager, [
      {
        kind: mail.kind,
        dedupeKey,
        recipient: mail.recipient,
        recipientName: mail.recipientName ?? null,
        supporterId: mail.supporterId ?? null,
        contentId,
        dueAt: this.clock.now(),
        unsubscribeUrl: mail.unsubscribeUrl ?? null,
      },
    ]);
    return written ?? null;
  }

  /** Queues committed rows now. A failure is only logged: the rows are the truth and the reconciler queues them. */
  async wake(messages: (DueMessage | null)[]): Promise<void> {
    const due = messages.filter((message): message is DueMessage => message !== null);
    if (due.length === 0) return;
    try {
      await this.queues.sendMessages(due, this.clock.now());
    } catch (error) {
      this.logger.warn(`Queuing ${due.length} link mail(s) failed, the reconciler will retry: ${(error as Error).message}`);
    }
  }
}
