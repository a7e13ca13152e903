import { Inject, Injectable } from '@nestjs/common';
import { WebhooksConfig } from '../../config/webhooks.config';

/** The one way out to receivers: a POST of the exact body, no redirect followed, within WEBHOOK_TIMEOUT_MS. */
@Injectable()
export class WebhookTransport {
  constructor(@Inject(WebhooksConfig) private readonly config: WebhooksConfig) {}

  /** The receiver's status code; a refused connection or a timeout throws. */
  async post(url: string, body: string, headers: Record<string, string>): Promise<number> {
    const response = await fetch(url, {
      method: 'POST',
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(this.config.timeoutMs),
      headers: { 'content-type': 'application/json', 'user-agent': 'UrgentAction-Webhooks/1', ...headers },
    });
    // The answer's body is not read: a receiver's status is all that counts.
    await response.body?.cancel();
    return response.status;
  }
}
