import type SMTPPool from 'nodemailer/lib/smtp-pool';

export interface SmtpPoolSettings {
  maxConnections: number;
  maxMessages: number;
  connectionTimeoutMs: number;
  greetingTimeoutMs: number;
  socketTimeoutMs: number;
}

const BOOLEAN_QUERY_KEYS = ['requireTLS', 'ignoreTLS', 'tls.rejectUnauthorized'] as const;
const STRING_QUERY_KEYS = ['tls.servername', 'name'] as const;

/**
 * Options for nodemailer's pooled SMTP transport, parsed from SMTP_URL. Passing the URL string straight to
 * createTransport makes nodemailer read its second argument as message defaults, so the pool settings were
 * silently ignored and every message opened a new connection (and, with a relay, a new TLS handshake).
 */
export function smtpPoolOptions(smtpUrl: string, settings: SmtpPoolSettings): SMTPPool.Options {
  const url = new URL(smtpUrl);
  const secure = url.protocol === 'smtps:';
  const options: SMTPPool.Options = {
    pool: true,
    host: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    maxConnections: settings.maxConnections,
    // A connection (and its TLS session) carries this many messages before it is replaced.
    maxMessages: settings.maxMessages,
    connectionTimeout: settings.connectionTimeoutMs,
    greetingTimeout: settings.greetingTimeoutMs,
    socketTimeout: settings.socketTimeoutMs,
  };
  if (url.username || url.password) {
    options.auth = { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) };
  }
  const tls: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    const target = key.startsWith('tls.') ? tls : (options as Record<string, unknown>);
    const name = key.startsWith('tls.') ? key.slice(4) : key;
    if ((BOOLEAN_QUERY_KEYS as readonly string[]).includes(key)) {
      if (value !== 'true' && value !== 'false') throw new Error(`SMTP_URL: ${key} must be true or false`);
      target[name] = value === 'true';
    } else if ((STRING_QUERY_KEYS as readonly string[]).includes(key)) {
      target[name] = value;
    } else {
      throw new Error(`SMTP_URL: unknown option "${key}" (known: ${[...BOOLEAN_QUERY_KEYS, ...STRING_QUERY_KEYS].join(', ')})`);
    }
  }
  if (Object.keys(tls).length > 0) options.tls = tls;
  return options;
}
