import { Inject, Injectable } from '@nestjs/common';
import { Environment } from '../config/environment';
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

/** The adapter answers 2xx with the provider's fax id. */
export interface HttpFaxResponse {
  id: string;
}

export class FaxGatewayError extends Error {
  constructor(message: string, readonly status: number | null) {
    super(message);
  }
}

/** A provider-neutral HTTP gateway: one JSON POST per fax. Errors are thrown with the status so callers can retry 5xx. */
@Injectable()
export class HttpFaxGateway extends FaxGateway {
  constructor(@Inject(Environment) private readonly environment: Environment) {
    super();
  }

  async send(fax: OutgoingFax): Promise<SentFax> {
    const request: HttpFaxRequest = {
      to: fax.number, subject: fax.subject, senderName: fax.senderName, fileName: fax.fileName,
      contentType: 'application/pdf', content: fax.pdf.toString('base64'),
    };
    const response = await fetch(this.environment.FAX_HTTP_URL, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request),
    });
    const answer = await response.text();
    if (!response.ok) throw new FaxGatewayError(`Fax gateway answered ${response.status}: ${answer.slice(0, 500)}`, response.status);
    const id = (JSON.parse(answer) as Partial<HttpFaxResponse>).id;
    if (typeof id !== 'string' || !id) throw new FaxGatewayError('Fax gateway answered without an id', response.status);
    return { messageId: id };
  }
}
