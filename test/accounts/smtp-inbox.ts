import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  /** RCPT TO addresses: who the message really went to, whatever its headers say. */
  envelopeTo: string[];
  raw: string;
  parsed: ParsedMail;
}

export interface Inbox {
  url: string;
  received: ReceivedMail[];
  /** The links in the plain text of the last message to this address. */
  linksTo(address: string): string[];
  close(): Promise<void>;
}

/** A real SMTP server in this process, keeping each message raw and parsed. */
export async function startInbox(): Promise<Inbox> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((parsed) => {
          received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: raw.toString(), parsed });
          callback();
        }, callback);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`,
    received,
    linksTo(address) {
      const last = received.filter((mail) => mail.envelopeTo.includes(address)).at(-1);
      return last?.parsed.text?.match(/https?:\/\/\S+/g) ?? [];
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
