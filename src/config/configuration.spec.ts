import { configurationOf, loadConfiguration } from './configuration';
import { ENVIRONMENT_VARIABLES, Environment, loadEnvironment } from './environment';

/** The variables a configuration read while it was built. */
function variablesRead(environment: Environment): Set<string> {
  const read = new Set<string>();
  configurationOf(new Proxy(environment, { get: (target, name) => (read.add(String(name)), Reflect.get(target, name)) }));
  return read;
}

describe('the configuration groups', () => {
  it('name each setting in its group, without the group in the name', () => {
    const configuration = loadConfiguration({
      SMTP_MAX_CONNECTIONS: '4',
      MAIL_FROM: 'appeals@ua.example.org',
      MAIL_RETRY_DELAY_MS: '250',
      TARGET_MESSAGES_PER_HOUR: '12',
      PAGE_CACHE_MS: '0',
      WEBHOOK_ATTEMPTS: '3',
      LOG_FORMAT: 'json',
      DIGEST_HOUR_UTC: '6',
    });
    expect(configuration.mail).toMatchObject({
      maxConnections: 4,
      from: 'appeals@ua.example.org',
      fromName: 'Urgent Action Network',
      smtpUrl: undefined,
    });
    expect(configuration.sending).toMatchObject({ retryDelayMs: 250, retryMaxDelayMs: 600_000, concurrency: 8 });
    expect(configuration.letters.perTargetPerHour).toBe(12);
    expect(configuration.pages.cacheMs).toBe(0);
    expect(configuration.webhooks.attempts).toBe(3);
    expect(configuration.logging).toMatchObject({ format: 'json', level: 'log' });
    expect(configuration.digest.hourUtc).toBe(6);
  });

  it('reads the lists and flags the classes ask about', () => {
    expect(loadConfiguration({ CORS_ORIGINS: 'https://a.example.org, https://b.example.org,' }).server.corsOrigins).toEqual([
      'https://a.example.org',
      'https://b.example.org',
    ]);
    expect(loadConfiguration({}).server.corsOrigins).toEqual([]);
    expect(loadConfiguration({}).security.production).toBe(false);
    const ownSecrets = {
      SESSION_SECRET: 'a session secret of our own',
      MAGIC_LINK_SECRET: 'a magic link secret of our own',
      UNSUBSCRIBE_SECRET: 'an unsubscribe secret of our own',
    };
    expect(loadConfiguration({ NODE_ENV: 'production', ...ownSecrets }).security.production).toBe(true);
  });

  it('leaves to the start-up only what it alone reads: where to listen, seeding, how many worker processes, and what production may fall back to', () => {
    const unread = ENVIRONMENT_VARIABLES.filter((name) => !variablesRead(loadEnvironment({ DATABASE_URL: 'postgres://db/ua' })).has(name));
    expect(unread.sort()).toEqual([
      'ALLOW_EMBEDDED_DATABASE',
      'ALLOW_FILE_OUTBOX',
      'ALLOW_PRIVATE_REDIS',
      'HOST',
      'PGLITE_DIR',
      'PORT',
      'SEED_ON_START',
      'WORKER_PROCESSES',
    ]);
  });

  describe('the Redis key prefix: two databases sharing one Redis never take each other’s jobs or throttles', () => {
    const keyPrefix = (source: Record<string, string>) => loadConfiguration(source).redis.keyPrefix;

    it('names a PostgreSQL database by its name', () => {
      expect(keyPrefix({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/campaigns' })).toBe('ua:campaigns');
    });

    it('gives every embedded database folder its own prefix, and the same folder the same one however it is written', () => {
      const first = keyPrefix({ PGLITE_DIR: '/tmp/ua-one/pglite' });
      expect(keyPrefix({ PGLITE_DIR: '/tmp/ua-two/pglite' })).not.toBe(first);
      expect(first).toMatch(/^ua:pglite-[0-9a-f]{12}$/);
      expect(keyPrefix({ PGLITE_DIR: '/tmp/ua-one/../ua-one/pglite/' })).toBe(first);
    });

    it('keeps an explicit QUEUE_PREFIX', () => {
      expect(keyPrefix({ PGLITE_DIR: '/tmp/ua-one/pglite', QUEUE_PREFIX: 'ua:staging' })).toBe('ua:staging');
    });
  });
});
