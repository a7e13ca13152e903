import { FaxGatewayError } from '../../fax/http-fax.gateway';
import { DomainError } from '../../platform/errors/domain-errors';
import type { SmtpFailure } from './smtp-failure';

export const DELIVERY_FAILURE_CLASSES = ['temporary', 'recipient', 'relay'] as const;
/** What an operator does about a failure: wait (temporary), nothing for the system (recipient), fix the way out (relay). */
export type DeliveryFailureClass = (typeof DELIVERY_FAILURE_CLASSES)[number];

/**
 * The class a failed send is counted under in ua_delivery_failures_total, from the failure's scope (smtp-failure.ts):
 * the relay refusing us is `relay`; anything refused for good (the address, or this message to it) is `recipient`;
 * the rest is retried and `temporary`. A fax gateway failing on its side, or faxing switched off, is the way out
 * failing, as a relay does.
 */
export function deliveryFailureClass(error: unknown, failure: SmtpFailure): DeliveryFailureClass {
  if (failure.scope === 'relay' || error instanceof DomainError) return 'relay';
  if (error instanceof FaxGatewayError && !failure.permanent && error.status !== 408 && error.status !== 429) return 'relay';
  return failure.permanent ? 'recipient' : 'temporary';
}
