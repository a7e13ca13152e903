import { DataSource } from 'typeorm';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { UnsubscribeLinks } from '../../src/notifications/unsubscribe/unsubscribe-links';
import { Supporter } from '../../src/supporters/supporter.entity';
import { signedInUser } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp, outboxCounts, waitUntilSettled } from '../support/notifications-app';
import { PrivateRedis, startPrivateRedis } from '../support/private-redis';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { confirmationToken } from '../support/writer-inbox';

/** A request that must answer within `withinMs`; a hung one fails the test instead of hanging it. */
async function timedRequest(url: string, init: RequestInit, withinMs: number): Promise<{ status: number; ms: number; body: any }> {
  const started = Date.now();
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(withinMs) }).catch((error: Error) => {
    throw new Error(`${init.method ?? 'GET'} ${url} did not answer within ${withinMs} ms: ${error.message}`);
  });
  const text = await response.text();
  return {
    status: response.status,
    ms: Date.now() - started,
    body: response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
  };
}

describe('the API while Redis is down', () => {
  let redis: PrivateRedis;
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: ReturnType<typeof httpClient>;
  let bearer: Record<string, string>;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { REDIS_URL: redis.url, SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000' });
    const { token } = await signedInUser(testApp, 'admin');
    bearer = { authorization: `Bearer ${token}` };
    staff = httpClient(testApp.baseUrl, bearer);
  });

  const reconcilerReachesRedis = () =>
    waitFor(
      'the reconciler to reach Redis again',
      async () =>
        (
          await testApp
            .get(OutboxReconciler)
            .pass()
            .catch(() => null)
        )?.ran === true,
      30_000,
    );

  afterAll(async () => {
    await redis.start();
    await reconcilerReachesRedis();
    await testApp.close();
    await sink.close();
    await redis.stop();
  });

  it('answers letters, a publication, an update and an unsubscribe in time, and the reconciler sends them once Redis is back', async () => {
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 41/31',
        targets: [
          { role: 'primary', target: { name: 'Invented Consul', kind: 'embassy', country: 'FR', email: 'consul@embassy.example.org' } },
        ],
      }),
    );
    const draft = await staff.post('/api/actions', inventedAction({ reference: 'UA 42/31' }));
    const subscriber = await testApp
      .get(DataSource)
      .getRepository(Supporter)
      .save({ email: 'follower@example.org', name: 'Follower', confirmedAt: new Date(), lastActiveAt: new Date() });
    expect((await staff.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    const targetId = created.body.targets[0].target.id;
    const writer = (email: string) =>
      JSON.stringify({ name: 'Ji-woo Park', email, city: 'Busan', country: 'KR', targetId, channel: 'email', language: 'en' });
    const base = testApp.baseUrl;
    const json = { 'content-type': 'application/json' };
    // The first writer asks while Redis is up, and confirms from the mailed link while it is down.
    expect(
      (
        await timedRequest(
          `${base}/api/actions/${created.body.id}/letters/send`,
          { method: 'POST', headers: json, body: writer('first@example.net') },
          3000,
        )
      ).status,
    ).toBe(202);
    const confirmToken = await confirmationToken(sink, 'first@example.net', { take: true });
    await waitUntilSettled(testApp);
    const unsubscribeToken = testApp
      .get(UnsubscribeLinks)
      .urlFor({ kind: 'network', supporterId: subscriber.id })
      .split('/')
      .pop() as string;

    await redis.stop();
    const confirmed = await timedRequest(`${base}/api/letters/confirm/${confirmToken}`, { method: 'POST' }, 3000);
    expect(confirmed.status).toBe(200);
    const asked = await timedRequest(
      `${base}/api/actions/${created.body.id}/letters/send`,
      { method: 'POST', headers: json, body: writer('second@example.net') },
      3000,
    );
    expect(asked.status).toBe(202);
    // The daily caps per IP are counted in the database while Redis does not answer.
    const reported = await timedRequest(
      `${base}/api/actions/${created.body.id}/letters/record`,
      {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ name: 'Min-jun Lee', targetId, channel: 'post' }),
      },
      3000,
    );
    expect(reported.status).toBe(201);
    const published = await timedRequest(
      `${base}/api/actions/${draft.body.id}/publish`,
      { method: 'POST', headers: { ...json, ...bearer } },
      3000,
    );
    expect(published.status).toBe(200);
    const update = await timedRequest(
      `${base}/api/actions/${created.body.id}/updates`,
      {
        method: 'POST',
        headers: { ...json, ...bearer },
        body: JSON.stringify({ kind: 'further information', title: 'News', body: 'Moved.' }),
      },
      3000,
    );
    expect(update.status).toBe(201);
    const unsubscribed = await timedRequest(`${base}/api/unsubscribe/${unsubscribeToken}`, { method: 'POST' }, 3000);
    expect(unsubscribed.status).toBe(200);
    const health = await timedRequest(`${base}/api/health`, {}, 3000);
    expect(health.status).toBe(503);
    expect(health.body.error.redis.status).toBe('down');
    expect((await timedRequest(`${base}/`, {}, 3000)).status).toBe(200);

    // The rows were committed: once Redis is back the reconciler wakes them, and the letter and the second writer's link go.
    await redis.start();
    await reconcilerReachesRedis();
    await waitUntilSettled(testApp, 60_000);
    const recipients = sink.messages.map((mail) => (mail.to as { text: string }).text);
    expect(recipients).toContain('consul@embassy.example.org');
    expect(recipients).toContain('second@example.net');
    expect(Object.keys(await outboxCounts(testApp))).toEqual(['sent']);
  }, 120_000);
});
