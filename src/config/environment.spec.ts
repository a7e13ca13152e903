import { InvalidEnvironmentError, loadEnvironment } from './environment';

describe('loadEnvironment', () => {
  it('gives every setting a working default', () => {
    const environment = loadEnvironment({});
    expect(environment).toMatchObject({ PORT: 3000, REDIS_URL: 'redis://127.0.0.1:6379', SEED_ON_START: true, PGLITE_DIR: 'var/pglite' });
    expect(environment.DATABASE_URL).toBeUndefined();
  });

  it('reads numbers and booleans from their text', () => {
    expect(loadEnvironment({ PORT: '8080', SEED_ON_START: 'false' })).toMatchObject({ PORT: 8080, SEED_ON_START: false });
  });

  it('keeps each whole number within its bounds, naming the variable and the bound', () => {
    expect(loadEnvironment({ SMTP_MAX_CONNECTIONS: '100', BOUNCE_SMTP_PORT: '0' })).toMatchObject({
      SMTP_MAX_CONNECTIONS: 100,
      BOUNCE_SMTP_PORT: 0,
    });
    expect(() => loadEnvironment({ SMTP_MAX_CONNECTIONS: '101' })).toThrow('SMTP_MAX_CONNECTIONS must not be greater than 100');
    expect(() => loadEnvironment({ QUEUE_LOCK_MS: '499' })).toThrow('QUEUE_LOCK_MS must not be less than 500');
    expect(() => loadEnvironment({ MAIL_RATE_PER_SECOND: '1.5' })).toThrow('MAIL_RATE_PER_SECOND must be an integer number');
    expect(loadEnvironment({}).BOUNCE_SMTP_PORT).toBeUndefined();
  });

  it('names every bad variable in one message', () => {
    const attempt = () => loadEnvironment({ PORT: 'eighty', DATABASE_URL: 'mysql://x', REDIS_URL: 'localhost:6379', MAIL_FROM: 'nobody' });
    expect(attempt).toThrow(InvalidEnvironmentError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['PORT', 'DATABASE_URL', 'REDIS_URL', 'MAIL_FROM']) expect(message).toContain(name);
    }
  });

  it('names a bad URL or secret without printing its password or the secret', () => {
    const attempt = () =>
      loadEnvironment({
        DATABASE_URL: 'postgres:ua:pg-pass-1@db.internal/ua',
        SMTP_URL: 'http://mailer:smtp-pass-2@mail.internal',
        MAGIC_LINK_SECRET: 'short-pass-3',
      });
    expect(attempt).toThrow(InvalidEnvironmentError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ['DATABASE_URL', 'SMTP_URL', 'MAGIC_LINK_SECRET']) expect(message).toContain(name);
      for (const secret of ['pg-pass-1', 'smtp-pass-2', 'short-pass-3']) expect(message).not.toContain(secret);
    }
  });

  it('reads TRUST_PROXY as express does: a boolean, a hop count, or addresses and subnets', () => {
    expect(loadEnvironment({}).TRUST_PROXY).toBe(false);
    expect(loadEnvironment({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnvironment({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
    expect(loadEnvironment({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).TRUST_PROXY).toBe('loopback, 10.0.0.0/8');
    expect(() => loadEnvironment({ TRUST_PROXY: 'everyone please' })).toThrow(/TRUST_PROXY/);
  });
});
