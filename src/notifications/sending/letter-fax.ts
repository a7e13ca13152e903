import type { OutgoingFax } from '../../fax/fax-gateway';
import type { NotificationContent } from '../outbox/notification-content.entity';

/** A stored fax letter as the FaxGateway takes it; `key` (the outbox row's id) makes a resend recognisably the same fax. */
export function faxOf(content: NotificationContent, key: string): OutgoingFax {
  if (!content.faxNumber || !content.attachment) throw new Error(`Content ${content.id} is not a fax: it has no number or no PDF`);
  return {
    key,
    number: content.faxNumber,
    pdf: Buffer.from(content.attachment),
    fileName: content.attachmentName ?? 'letter.pdf',
    subject: content.subject,
    senderName: content.fromName ?? '',
  };
}
