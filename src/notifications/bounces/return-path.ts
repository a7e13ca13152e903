import type { Environment } from '../../config/environment';

const VERP = /^bounce\+([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})@(.+)$/i;

/** The envelope sender of one outbox row's message (VERP), or undefined when bounces are not taken in (BOUNCE_DOMAIN unset). */
export function returnPathFor(outboxMessageId: string, environment: Pick<Environment, 'BOUNCE_DOMAIN'>): string | undefined {
  return environment.BOUNCE_DOMAIN ? `bounce+${outboxMessageId}@${environment.BOUNCE_DOMAIN.toLowerCase()}` : undefined;
}

/** The outbox row a bounce address names, when it is one of ours. */
export function outboxMessageIdOf(address: string, environment: Pick<Environment, 'BOUNCE_DOMAIN'>): string | null {
  const match = VERP.exec(address.trim());
  if (!match || !environment.BOUNCE_DOMAIN || match[2].toLowerCase() !== environment.BOUNCE_DOMAIN.toLowerCase()) return null;
  return match[1].toLowerCase();
}
