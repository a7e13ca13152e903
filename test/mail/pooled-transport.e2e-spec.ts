import { loadConfiguration } from '../../src/config/configuration';
import { loadEnvironment } from '../../src/config/environment';
import { MailTransport } from '../../src/mail/mail-transport';
import { Metrics } from '../../src/metrics/metrics';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe('the SMTP transport', () => {
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
  });

  afterAll(() => sink.close());

  const mail = (index: number) => ({
    from: { name: 'Appeals', address: 'appeals@example.org' },
    to: [`reader-${index}@example.org`],
    subject: `Message ${index}`,
    text: 'Hello',
    html: '<p>Hello</p>',
  });

  it('carries many messages over a few pooled connections, at most SMTP_MAX_CONNECTIONS', async () => {
    const transport = new MailTransport(loadConfiguration({ SMTP_URL: sink.url, SMTP_MAX_CONNECTIONS: '4' }).mail, new Metrics());
    const before = sink.connections;
    try {
      await Promise.all(Array.from({ length: 60 }, (_, index) => transport.send(mail(index))));
    } finally {
      transport.onApplicationShutdown();
    }
    expect(sink.messages.filter((message) => message.subject?.startsWith('Message '))).toHaveLength(60);
    const opened = sink.connections - before;
    expect(opened).toBeGreaterThanOrEqual(1);
    expect(opened).toBeLessThanOrEqual(4);
  });

  it('replaces a connection after SMTP_MAX_MESSAGES messages', async () => {
    const transport = new MailTransport(
      loadConfiguration({ SMTP_URL: sink.url, SMTP_MAX_CONNECTIONS: '1', SMTP_MAX_MESSAGES: '5' }).mail,
      new Metrics(),
    );
    const before = sink.connections;
    try {
      for (let index = 0; index < 12; index += 1) await transport.send(mail(100 + index));
    } finally {
      transport.onApplicationShutdown();
    }
    expect(sink.connections - before).toBe(3);
  });

  it('refuses an SMTP_URL option it does not know, naming it', () => {
    expect(() => loadEnvironment({ SMTP_URL: `${sink.url}?pool=true` })).toThrow(/SMTP_URL: unknown option "pool"/);
  });
});
