import type { MailConfig } from '../../config/mail.config';

const VERP = /^bounce\+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@(.+)$/i;

/** The envelope sender of one outbox row's message (VERP), or undefined when bounces are not taken in (BOUNCE_DOMAIN unset). */
export function returnPathFor(outboxMessageId: string, { bounceDomain }: Pick<MailConfig, 'bounceDomain'>): string | undefined {
  return bounceDomain ? `bounce+${outboxMessageId}@${bounceDomain.toLowerCase()}` : undefined;
}

/** The outbox row a bounce address names, when it is one of ours. */
export function outboxMessageIdOf(address: string, { bounceDomain }: Pick<MailConfig, 'bounceDomain'>): string | null {
  const match = VERP.exec(address.trim());
  if (!match || !bounceDomain || match[2].toLowerCase() !== bounceDomain.toLowerCase()) return null;
  return match[1].toLowerCase();
}
