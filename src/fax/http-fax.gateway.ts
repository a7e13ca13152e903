import { Inject, Injectable } from '@nestjs/common';
import { FaxConfig } from '../config/fax.config';
import { FaxGateway, OutgoingFax, SentFax } from './fax-gateway';

/** What the HTTP gateway posts to FAX_HTTP_URL; a provider adapter (a small proxy) translates it to its provider's API. */
export interface HttpFaxRequest {
  to: string;
  subject: string;
  senderName: string;
  fileName: string;
  contentType: 'application/pdf';
  /** The PDF, base64. */
  content: string;
}

/** The adapter answers 2xx, ideally with the provider's fax id. */
export interface HttpFaxResponse {
  id: string;
}

export class FaxGatewayError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * A provider-neutral HTTP gateway: one JSON POST per fax, with an Idempotency-Key (the outbox row's id) so a resend
 * after a crash is recognisably the same fax. Any 2xx means the gateway took the fax: its id when the answer is JSON
 * with one, else the key. Errors are thrown with the status so callers can retry 5xx; no answer in time is retried too.
 */
@Injectable()
export class HttpFaxGateway extends FaxGateway {
  constructor(@Inject(FaxConfig) private readonly config: FaxConfig) {
    super();
  }

  async send(fax: OutgoingFax): Promise<SentFax> {
    const request: HttpFaxRequest = {
      to: fax.number,
      subject: fax.subject,
      senderName: fax.senderName,
      fileName: fax.fileName,
      contentType: 'application/pdf',
      content: fax.pdf.toString('base64'),
    };
    const timeoutMs = this.config.httpTimeoutMs;
    let response: Response;
    let answer: string;
    try {
      response = await fetch(this.config.httpUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': fax.key },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(timeoutMs),
      });
      answer = await response.text();
    } catch (error) {
      const timedOut = (error as Error).name === 'TimeoutError';
      throw new FaxGatewayError(
        timedOut ? `Fax gateway did not answer within ${timeoutMs} ms` : `Fax gateway unreachable: ${(error as Error).message}`,
        null,
      );
    }
    if (!response.ok) throw new FaxGatewayError(`Fax gateway answered ${response.status}: ${answer.slice(0, 500)}`, response.status);
    return { messageId: idIn(answer) ?? fax.key };
  }
}

function idIn(answer: string): string | null {
  try {
    const id = (JSON.parse(answer) as Partial<HttpFaxResponse> | null)?.id;
    return typeof id === 'string' && id ? id : typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}
