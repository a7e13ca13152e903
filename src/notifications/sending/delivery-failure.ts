import { FaxGatewayError } from '../../fax/http-fax.gateway';
import { DomainError } from '../../platform/errors/domain-errors';
import { classifySmtpFailure, SmtpFailure } from './smtp-failure';

/**
 * A failed send through SMTP or a fax gateway as a delivery outcome. The HTTP gateway's 4xx (but 408 and 429) means
 * the request itself is wrong and will not improve; a refusal by the application (faxing switched off) neither.
 */
export function classifyDeliveryFailure(error: unknown): SmtpFailure {
  if (error instanceof FaxGatewayError) {
    const status = error.status ?? 0;
    return {
      permanent: status >= 400 && status < 500 && status !== 408 && status !== 429,
      reason: error.message.slice(0, 1000),
      scope: 'message',
    };
  }
  if (error instanceof DomainError) return { permanent: true, reason: error.message.slice(0, 1000), scope: 'message' };
  return classifySmtpFailure(error);
}
