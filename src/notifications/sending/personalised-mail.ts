import type { OutgoingMail } from '../../mail/outgoing-mail';
import { RECIPIENT_PLACEHOLDERS } from '../content/notice-renderer';
import type { NotificationContent } from '../outbox/notification-content.entity';
import type { OutboxMessage } from '../outbox/outbox-message.entity';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character] as string);

function fill(template: string, recipientName: string, unsubscribeUrl: string): string {
  return template
    .split(RECIPIENT_PLACEHOLDERS.recipientName)
    .join(recipientName)
    .split(RECIPIENT_PLACEHOLDERS.unsubscribeUrl)
    .join(unsubscribeUrl);
}

/** The Message-ID of an outbox row's mail: known before it is sent, the same on every try. */
export function outboxMessageIdHeader(outboxMessageId: string, fromAddress: string): string {
  return `<${outboxMessageId}@${fromAddress.split('@')[1] ?? 'localhost'}>`;
}

/**
 * The shared content made into one recipient's message. The Message-ID comes from the row, so a retry is
 * recognisably the same message; the one-click unsubscribe follows RFC 8058.
 */
export function personalisedMail(
  message: OutboxMessage,
  content: NotificationContent,
  from: { name: string; address: string },
  returnPath?: string,
): OutgoingMail {
  const name = (message.recipientName ?? '').replace(/[\r\n]+/g, ' ');
  // The header's link is the API's one-click POST (RFC 8058); the link a person clicks opens the page with the button.
  const unsubscribePage = (message.unsubscribeUrl ?? '').replace('/api/unsubscribe/', '/my/unsubscribe/');
  return {
    from,
    to: [message.recipient],
    subject: content.subject,
    text: fill(content.textBody, name, unsubscribePage),
    html: fill(content.htmlBody, escapeHtml(name), escapeHtml(unsubscribePage)),
    messageId: outboxMessageIdHeader(message.id, from.address),
    returnPath,
    replyTo: content.replyToAddress ? { name: content.replyToName ?? '', address: content.replyToAddress } : undefined,
    cc: content.cc?.length ? content.cc : undefined,
    // A fax's page goes through the fax gateway; an email carries its PDF (a staff test send) as an attachment.
    attachments:
      content.attachment && !content.faxNumber
        ? [{ filename: content.attachmentName ?? 'letter.pdf', content: content.attachment, contentType: 'application/pdf' }]
        : undefined,
    headers: message.unsubscribeUrl
      ? { ...content.headers, 'List-Unsubscribe': `<${message.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
      : (content.headers ?? undefined),
  };
}
