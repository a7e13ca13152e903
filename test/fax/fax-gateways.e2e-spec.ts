import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfiguration } from '../../src/config/configuration';
import { EmailFaxGateway } from '../../src/fax/email-fax.gateway';
import type { OutgoingFax } from '../../src/fax/fax-gateway';
import { FaxGatewayError, HttpFaxGateway } from '../../src/fax/http-fax.gateway';
import { MailTransport } from '../../src/mail/mail-transport';
import { Metrics } from '../../src/metrics/metrics';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const fax = (key: string): OutgoingFax => ({
  key,
  number: '+33123456789',
  pdf: Buffer.from('%PDF-1.4 invented'),
  fileName: 'letter.pdf',
  subject: 'Appeal',
  senderName: 'Ji-woo Park',
});

describe('a fax sent again after a crash is recognisably the same fax', () => {
  it('gives an email-to-fax message the same Message-ID every time it is sent', async () => {
    const sink: SmtpSink = await startSmtpSink();
    const { mail, fax: faxConfig } = loadConfiguration({
      NODE_ENV: 'test',
      SMTP_URL: sink.url,
      MAIL_FROM: 'appeals@ua.example.org',
      FAX_GATEWAY: 'email',
    });
    const transport = new MailTransport(mail, new Metrics());
    try {
      const gateway = new EmailFaxGateway(transport, faxConfig, mail);
      const first = await gateway.send(fax('2f1c0a4e-0000-4000-8000-000000000001'));
      const again = await gateway.send(fax('2f1c0a4e-0000-4000-8000-000000000001'));
      expect(first.messageId).toBe('<2f1c0a4e-0000-4000-8000-000000000001@ua.example.org>');
      expect(again.messageId).toBe(first.messageId);
      expect(sink.messages.map((mail) => mail.messageId)).toEqual([first.messageId, first.messageId]);
    } finally {
      transport.onApplicationShutdown();
      await sink.close();
    }
  });

  describe('through the HTTP gateway', () => {
    let server: Server;
    let answer: (request: IncomingMessage, response: ServerResponse) => void;
    const keys: (string | undefined)[] = [];
    let gateway: HttpFaxGateway;

    beforeAll(async () => {
      server = createServer((request, response) => {
        keys.push(request.headers['idempotency-key'] as string | undefined);
        request.resume();
        request.on('end', () => answer(request, response));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/faxes`;
      gateway = new HttpFaxGateway(
        loadConfiguration({ NODE_ENV: 'test', FAX_GATEWAY: 'http', FAX_HTTP_URL: url, FAX_HTTP_TIMEOUT_MS: '1000' }).fax,
      );
    });

    afterAll(async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    });

    it('sends the outbox row as the Idempotency-Key, the same on every attempt', async () => {
      answer = (_request, response) =>
        response.writeHead(201, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'provider-77' }));
      keys.length = 0;
      expect(await gateway.send(fax('row-1'))).toEqual({ messageId: 'provider-77' });
      expect(await gateway.send(fax('row-1'))).toEqual({ messageId: 'provider-77' });
      expect(keys).toEqual(['row-1', 'row-1']);
    });

    it('counts a 2xx that is not JSON as sent, under the key', async () => {
      answer = (_request, response) => response.writeHead(202, { 'content-type': 'text/plain' }).end('Queued for transmission');
      expect(await gateway.send(fax('row-2'))).toEqual({ messageId: 'row-2' });
      answer = (_request, response) => response.writeHead(204).end();
      expect(await gateway.send(fax('row-3'))).toEqual({ messageId: 'row-3' });
    });

    it('gives up on a gateway that does not answer in time, as a failure to retry', async () => {
      answer = () => undefined;
      const started = Date.now();
      const outcome = await Promise.race([
        gateway.send(fax('row-4')).then(
          () => 'sent',
          (error: unknown) => error,
        ),
        new Promise((resolve) => setTimeout(() => resolve('still waiting after 5 s'), 5000).unref()),
      ]);
      expect(outcome).toBeInstanceOf(FaxGatewayError);
      expect((outcome as FaxGatewayError).status).toBeNull();
      expect((outcome as Error).message).toContain('did not answer within 1000 ms');
      expect(Date.now() - started).toBeLessThan(4000);
    });
  });
});
