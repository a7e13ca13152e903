import { plainToInstance } from 'class-transformer';
import { Environment } from '../../config/environment';
import { queuePrefix } from './queue-settings';

const environmentWith = (values: Partial<Environment>): Environment => Object.assign(plainToInstance(Environment, {}), values);

describe('the queue prefix: two databases sharing one Redis never take each other’s jobs or throttles', () => {
  it('names a PostgreSQL database by its name', () => {
    expect(queuePrefix(environmentWith({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/campaigns' }))).toBe('ua:campaigns');
  });

  it('gives every embedded database folder its own prefix, and the same folder the same one however it is written', () => {
    const first = queuePrefix(environmentWith({ PGLITE_DIR: '/tmp/ua-one/pglite' }));
    const second = queuePrefix(environmentWith({ PGLITE_DIR: '/tmp/ua-two/pglite' }));
    expect(first).not.toBe(second);
    expect(first).toMatch(/^ua:pglite-[0-9a-f]{12}$/);
    expect(queuePrefix(environmentWith({ PGLITE_DIR: '/tmp/ua-one/../ua-one/pglite/' }))).toBe(first);
  });

  it('keeps an explicit QUEUE_PREFIX', () => {
    expect(queuePrefix(environmentWith({ PGLITE_DIR: '/tmp/ua-one/pglite', QUEUE_PREFIX: 'ua:staging' }))).toBe('ua:staging');
  });
});
