import { randomBytes } from 'node:crypto';
import { createTestApp, TestApp } from '../support/test-app';

const signIn = (baseUrl: string, headers: Record<string, string> = {}) =>
  fetch(`${baseUrl}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ email: 'guess@example.org', password: `guess ${randomBytes(4).toString('hex')}` }),
  }).then((answer) => answer.status);

describe('rate limits counted in Redis, shared by every instance', () => {
  const apps: TestApp[] = [];
  afterAll(() => Promise.all(apps.map((app) => app.close())));

  it('counts one address across two instances of the app', async () => {
    // Two instances on one Redis, as behind a load balancer: the same prefix, their own processes' memory.
    const shared = { SENSITIVE_RATE_LIMIT_PER_MINUTE: '4', QUEUE_PREFIX: `ua-rate-${randomBytes(4).toString('hex')}` };
    const first = await createTestApp({ environment: shared });
    const second = await createTestApp({ environment: shared });
    apps.push(first, second);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1) statuses.push(await signIn((attempt % 2 === 0 ? first : second).baseUrl));
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
  });

  it('with TRUST_PROXY, counts each client the proxy names in X-Forwarded-For on its own', async () => {
    const app = await createTestApp({ environment: { SENSITIVE_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: 'loopback' } });
    apps.push(app);
    const busy = { 'x-forwarded-for': '203.0.113.10' };
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt += 1) statuses.push(await signIn(app.baseUrl, busy));
    expect(statuses).toEqual([401, 401, 401, 429]);
    expect(await signIn(app.baseUrl, { 'x-forwarded-for': '203.0.113.20' })).toBe(401);
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For, so a client cannot pose as many', async () => {
    const app = await createTestApp({ environment: { SENSITIVE_RATE_LIMIT_PER_MINUTE: '3' } });
    apps.push(app);
    const statuses = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      statuses.push(await signIn(app.baseUrl, { 'x-forwarded-for': `203.0.113.${attempt + 1}` }));
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
  });
});
