import { smtpPoolOptions } from './smtp-pool-options';

const settings = { maxConnections: 8, maxMessages: 1000, connectionTimeoutMs: 10_000, greetingTimeoutMs: 10_000, socketTimeoutMs: 60_000 };

describe('smtpPoolOptions', () => {
  it('reads host, port, TLS and credentials from the URL, and pools', () => {
    expect(smtpPoolOptions('smtps://relay%40org:p%40ss@relay.example.net:2465?tls.servername=mx.example.net', settings)).toEqual({
      pool: true,
      host: 'relay.example.net',
      port: 2465,
      secure: true,
      auth: { user: 'relay@org', pass: 'p@ss' },
      tls: { servername: 'mx.example.net' },
      maxConnections: 8,
      maxMessages: 1000,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 60_000,
    });
  });

  it('defaults the port to 587, or 465 for smtps', () => {
    expect(smtpPoolOptions('smtp://relay.example.net', settings)).toMatchObject({ port: 587, secure: false });
    expect(smtpPoolOptions('smtps://relay.example.net', settings)).toMatchObject({ port: 465, secure: true });
  });

  it('reads requireTLS and tls.rejectUnauthorized as booleans, and refuses anything else', () => {
    expect(smtpPoolOptions('smtp://h:25?requireTLS=true&tls.rejectUnauthorized=false', settings)).toMatchObject({
      requireTLS: true,
      tls: { rejectUnauthorized: false },
    });
    expect(() => smtpPoolOptions('smtp://h:25?requireTLS=yes', settings)).toThrow('SMTP_URL: requireTLS must be true or false');
  });
});
