import type { AddressInfo } from 'node:net';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SMTPServer, SMTPServerDataStream } from 'smtp-server';
import { MailConfig } from '../../config/mail.config';
import { readBounce } from './bounce-report';
import { Bounces } from './bounces.service';
import { outboxMessageIdOf } from './return-path';

/** A bounce is short; a returned message with a large attachment is cut here (the report comes first). */
const MAX_BOUNCE_BYTES = 2 * 1024 * 1024;

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * The inbound SMTP endpoint for bounces (smtp-server, from nodemailer's author), listening when BOUNCE_SMTP_PORT is set.
 * It takes mail only for our VERP addresses (bounce+<row id>@BOUNCE_DOMAIN), so it relays nothing; a bounce it could not
 * record is answered 451, so the sending server tries again later.
 */
@Injectable()
export class BounceReceiver implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('BounceReceiver');
  private server: SMTPServer | null = null;

  constructor(
    @Inject(MailConfig) private readonly mail: MailConfig,
    private readonly bounces: Bounces,
  ) {}

  /** Where it listens, once started. */
  address(): AddressInfo | null {
    return (this.server?.server.address() as AddressInfo | null) ?? null;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.mail.bounceSmtpPort === undefined) return;
    if (!this.mail.bounceDomain)
      throw new Error('BOUNCE_SMTP_PORT is set but BOUNCE_DOMAIN is not: no message would carry a return path it can read');
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      logger: false,
      size: MAX_BOUNCE_BYTES,
      banner: 'bounces only',
      onRcptTo: (address, _session, callback) =>
        callback(outboxMessageIdOf(address.address, this.mail) ? undefined : smtpError(550, '5.1.1 Not a bounce address here')),
      onData: (stream, session, callback) =>
        this.receive(
          stream,
          session.envelope.rcptTo.map((rcpt) => rcpt.address),
        ).then(
          () => callback(),
          (error: Error) => {
            this.logger.error(`A bounce could not be recorded, the sender will retry: ${error.message}`);
            callback(smtpError(451, '4.3.0 Could not record the bounce, try again later'));
          },
        ),
    });
    this.server.on('error', (error) => this.logger.error(`Bounce endpoint: ${error.message}`));
    await new Promise<void>((resolve, reject) => {
      this.server?.server.once('error', reject);
      this.server?.listen(this.mail.bounceSmtpPort, this.mail.bounceSmtpHost, () => resolve());
    });
    const { address, port } = this.address() as AddressInfo;
    this.logger.log(`Taking bounces in on ${address}:${port} for bounce+<id>@${this.mail.bounceDomain}`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private async receive(stream: SMTPServerDataStream, recipients: string[]): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    if (stream.sizeExceeded) throw smtpError(552, '5.3.4 Bounce too large');
    const report = await readBounce(Buffer.concat(chunks));
    if (!report) return;
    for (const recipient of recipients) {
      const id = outboxMessageIdOf(recipient, this.mail) as string;
      await this.bounces.record(id, report);
    }
  }
}
