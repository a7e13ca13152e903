import { HttpException } from '@nestjs/common';
import { FaxGatewayError } from '../../fax/http-fax.gateway';
import type { SmtpFailure } from './smtp-failure';

export const DELIVERY_FAILURE_CLASSES = ['temporary', 'recipient', 'relay'] as const;
/** What an operator does about a failure: wait (temporary), nothing for the system (recipient), fix the way out (relay). */
export type DeliveryFailureClass = (typeof DELIVERY_FAILURE_CLASSES)[number];

const RELAY_ERROR_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKET', 'ECONNECTION', 'EDNS', 'EAI_AGAIN', 'EPIPE', 'EHOSTUNREACH', 'EAUTH', 'ETLS', 'EPROTOCOL']);
/** 421: the relay closes the session; 530, 535: it wants (other) credentials. */
const RELAY_REPLY_CODES = new Set([421, 530, 534, 535, 538]);

interface TransportError {
  code?: string;
  command?: string;
  responseCode?: number;
}

/** Sorts a failed send, already judged permanent or temporary, by where the fault lies. */
export function deliveryFailureClass(error: unknown, failure: SmtpFailure): DeliveryFailureClass {
  if (error instanceof FaxGatewayError) {
    if (failure.permanent) return 'recipient';
    return error.status === 408 || error.status === 429 ? 'temporary' : 'relay';
  }
  // The application refused to send (faxing switched off): the way out is closed, not the recipient.
  if (error instanceof HttpException) return 'relay';
  const { code, command, responseCode } = (error ?? {}) as TransportError;
  if (command !== 'RCPT TO' && ((code && RELAY_ERROR_CODES.has(code)) || (responseCode && RELAY_REPLY_CODES.has(responseCode)))) return 'relay';
  if (command && /^(CONN|EHLO|HELO|LHLO|STARTTLS|AUTH|MAIL FROM)/.test(command)) return 'relay';
  return failure.permanent ? 'recipient' : 'temporary';
}
