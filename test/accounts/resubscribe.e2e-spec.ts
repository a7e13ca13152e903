import { DataSource } from 'typeorm';
import { Subscription } from '../../src/supporters/subscription.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { httpClient } from '../support/http';
import { outboxDrained } from '../support/outbox-drained';
import { createTestApp, TestApp } from '../support/test-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe('signing up again after unsubscribing', () => {
  let testApp: TestApp;
  let inbox: SmtpSink;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    inbox = await startSmtpSink();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: inbox.url,
        PUBLIC_URL: 'http://ua.example.org',
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
        RUN_WORKER: 'true',
        MAIL_RETRY_DELAY_MS: '10',
      },
    });
    http = httpClient(testApp.baseUrl);
  });
  afterAll(async () => {
    await testApp.close();
    await inbox.close();
  });

  const networkSubscription = (email: string) =>
    testApp
      .get(DataSource)
      .getRepository(Subscription)
      .findOneOrFail({ where: { supporter: { email } }, relations: { action: true } });
  const confirmPath = async (email: string) => {
    await outboxDrained(testApp);
    return new URL(inbox.linksTo(email)[0]).pathname.replace(/^\/my\//, '/api/supporters/');
  };

  it('keeps the unsubscribe when anyone who knows the address signs it up again, until its owner follows the new link', async () => {
    const email = 'quiet@example.org';
    expect((await http.post('/api/supporters', { name: 'Quiet Reader', email })).status).toBe(202);
    expect((await http.get(await confirmPath(email))).status).toBe(200);
    const firstLink = await confirmPath(email);
    const now = new Date();
    await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .update({ id: (await networkSubscription(email)).id }, { unsubscribedAt: now });

    // Someone else signs the address up again: nothing changes until the owner confirms.
    expect((await http.post('/api/supporters', { name: 'Someone Else', email })).status).toBe(202);
    const waiting = await networkSubscription(email);
    expect(waiting.unsubscribedAt).not.toBeNull();
    expect((await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ email })).name).toBe('Quiet Reader');
    // The link from the first sign-up does not end the unsubscribe either: it was used.
    const newLink = await confirmPath(email);
    expect(newLink).not.toBe(firstLink);

    const confirmed = await http.get(newLink);
    expect(confirmed.status).toBe(200);
    const resumed = await networkSubscription(email);
    expect(resumed.unsubscribedAt).toBeNull();
    expect(resumed.confirmedAt?.getTime()).toBeGreaterThanOrEqual(now.getTime());
    expect((await http.get(newLink)).status).toBe(409);
  });

  it('does not let an old confirmation link undo a later unsubscribe', async () => {
    const email = 'changed-mind@example.org';
    expect((await http.post('/api/supporters', { name: 'Changed Mind', email })).status).toBe(202);
    const link = await confirmPath(email);
    expect((await http.get(link)).status).toBe(200);
    await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .update({ id: (await networkSubscription(email)).id }, { unsubscribedAt: new Date() });
    expect((await http.get(link)).status).toBe(409);
    expect((await networkSubscription(email)).unsubscribedAt).not.toBeNull();
  });
});
