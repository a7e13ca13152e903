import type { AddressInfo } from 'node:net';
import { ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** An SMTP answer the sink gives instead of accepting, e.g. { code: 451, message: 'try later' }. */
export interface SmtpRefusal {
  code: number;
  message: string;
}

/** A message as the sink accepted it. */
export interface ReceivedMail {
  /** RCPT TO addresses: who the message really went to, whatever its headers say. */
  envelopeTo: string[];
  /** The message as it came over the wire (headers a parser would drop, such as Bcc, show here). */
  raw: string;
  parsed: ParsedMail;
}

/** The one SMTP server tests send to: a real smtp-server in the test's process. */
export interface SmtpSink {
  url: string;
  messages: ParsedMail[];
  /** The same messages with their envelope and raw text. */
  received: ReceivedMail[];
  /** The links in the plain text of the last message to this address. */
  linksTo(address: string): string[];
  /** RCPT TO commands seen, accepted or not. */
  attempts: number;
  /** TCP connections opened to the sink so far. */
  connections: number;
  /** Milliseconds the sink waits before answering DATA: a slow relay. Change it at any time. */
  dataDelayMs: number;
  /** Decides per recipient whether to refuse; null accepts. Change it at any time. */
  refuse: (recipient: string) => SmtpRefusal | null;
  /** The envelope sender (MAIL FROM) of each message accepted, in order: where its bounces go. */
  senders: string[];
  /** Decides whether to refuse MAIL FROM (the relay refusing us, not a recipient); null accepts. */
  refuseSender: (sender: string) => SmtpRefusal | null;
  close(): Promise<void>;
}

/** A real SMTP server in this process that keeps what it accepts, raw and parsed. */
export async function startSmtpSink(): Promise<SmtpSink> {
  const sink: SmtpSink = {
    url: '',
    messages: [],
    received: [],
    attempts: 0,
    connections: 0,
    dataDelayMs: 0,
    refuse: () => null,
    senders: [],
    refuseSender: () => null,
    close: async () => undefined,
    linksTo(address) {
      const last = sink.received.filter((mail) => mail.envelopeTo.includes(address)).at(-1);
      return last?.parsed.text?.match(/https?:\/\/\S+/g) ?? [];
    },
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onMailFrom(address, _session, callback) {
      const refusal = sink.refuseSender(address.address);
      callback(refusal ? Object.assign(new Error(refusal.message), { responseCode: refusal.code }) : undefined);
    },
    onRcptTo(address, _session, callback) {
      sink.attempts += 1;
      const refusal = sink.refuse(address.address);
      if (!refusal) return callback();
      const error = new Error(refusal.message) as Error & { responseCode: number };
      error.responseCode = refusal.code;
      callback(error);
    },
    onData(stream, session, callback) {
      const sender = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then((mail) => {
          setTimeout(() => {
            sink.senders.push(sender);
            sink.messages.push(mail);
            sink.received.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: raw.toString(), parsed: mail });
            callback();
          }, sink.dataDelayMs);
        }, callback);
      });
    },
  });
  // Without it, delayed ACKs hold every reply for about 40 ms.
  server.server.on('connection', (socket: import('node:net').Socket) => {
    sink.connections += 1;
    socket.setNoDelay(true);
  });
  // A worker killed mid-message resets its connections: smtp-server reports that on the server, and unheard it would
  // end the test process ("read ECONNRESET"). Other errors still reach the test's output.
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'ECONNRESET' && error.code !== 'EPIPE') console.error(`SMTP sink: ${error.message}`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sink.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  sink.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return sink;
}
