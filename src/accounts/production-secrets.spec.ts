import { InvalidEnvironmentError, loadEnvironment } from '../config/environment';

describe('secrets in production', () => {
  const ownSecrets = {
    SESSION_SECRET: 'a session secret of our own',
    MAGIC_LINK_SECRET: 'a magic link secret of our own',
    UNSUBSCRIBE_SECRET: 'an unsubscribe secret of our own',
  };

  it('refuses to start with a development default, naming each one', () => {
    expect(() => loadEnvironment({ NODE_ENV: 'production', SESSION_SECRET: ownSecrets.SESSION_SECRET })).toThrow(InvalidEnvironmentError);
    expect(() => loadEnvironment({ NODE_ENV: 'production', SESSION_SECRET: ownSecrets.SESSION_SECRET })).toThrow(
      /MAGIC_LINK_SECRET[\s\S]*UNSUBSCRIBE_SECRET/,
    );
  });

  it('starts with secrets of its own, and in development with the defaults', () => {
    expect(loadEnvironment({ NODE_ENV: 'production', ...ownSecrets }).SESSION_SECRET).toBe(ownSecrets.SESSION_SECRET);
    expect(loadEnvironment({ NODE_ENV: 'development' }).RETENTION_MONTHS).toBe(24);
  });

  it('wants a strong ADMIN_PASSWORD when ADMIN_EMAIL asks for a first admin', () => {
    expect(() => loadEnvironment({ ADMIN_EMAIL: 'admin@example.org', ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
  });
});
