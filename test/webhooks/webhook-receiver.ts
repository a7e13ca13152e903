import { createServer, IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  headers: IncomingHttpHeaders;
  /** The raw body, byte for byte as it came: what the signature covers. */
  body: string;
  answeredWith: number;
}

/**
 * A section's tool, in the test's own process: records every POST and answers 200, or an error status for the next
 * few. It can stop and start again on the same port, as a receiver restarting would.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private failures: number[] = [];
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/hooks`;
  }

  /** The next requests are answered with these statuses, in order. */
  failNext(...statuses: number[]): void {
    this.failures.push(...statuses);
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answeredWith = this.failures.shift() ?? 200;
        this.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), answeredWith });
        response.writeHead(answeredWith).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
  }

  /** What was taken (answered 2xx), by delivery id. */
  taken(): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.answeredWith >= 200 && webhook.answeredWith < 300);
  }
}
