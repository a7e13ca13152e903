import { DataSource } from 'typeorm';
import { Supporter } from '../../src/supporters/supporter.entity';
import { launchBrowser } from '../support/browser';
import { httpClient } from '../support/http';
import { outboxDrained } from '../support/outbox-drained';
import { createTestApp, TestApp } from '../support/test-app';
import { MINUTE, TestClock } from '../support/clock';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const sessionCookie = (response: Response) =>
  response.headers.getSetCookie().find((line) => line.startsWith('ua_session=') && !line.startsWith('ua_session=;'));

describe('a supporter’s sign-in link works once, through a button, and only in the browser that opened it', () => {
  let testApp: TestApp;
  let inbox: SmtpSink;
  let clock: TestClock;

  beforeAll(async () => {
    inbox = await startSmtpSink();
    clock = TestClock.running();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: inbox.url,
        PUBLIC_URL: 'http://ua.example.org',
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
        RUN_WORKER: 'true',
        MAIL_RETRY_DELAY_MS: '10',
      },
      clock,
    });
    const now = clock.now();
    await testApp
      .get(DataSource)
      .getRepository(Supporter)
      .save([
        { email: 'ada@example.org', name: 'Ada Writer', confirmedAt: now, lastActiveAt: now },
        { email: 'mallory@example.org', name: 'Mallory', confirmedAt: now, lastActiveAt: now },
      ]);
  });
  afterAll(async () => {
    await testApp.close();
    await inbox.close();
  });

  /** The path of the newest sign-in link mailed to the address. */
  async function mailedLink(email: string): Promise<string> {
    clock.advance(MINUTE);
    expect((await httpClient(testApp.baseUrl).post('/api/supporters/magic-link', { email })).status).toBe(202);
    await outboxDrained(testApp);
    return new URL(inbox.linksTo(email)[0]).pathname;
  }

  it('signs in nobody when the link is opened, as a mail scanner would, and once when its button is pressed', async () => {
    const link = await mailedLink('ada@example.org');
    for (let i = 0; i < 3; i += 1) {
      const scanned = await fetch(`${testApp.baseUrl}${link}?lang=en`);
      expect(scanned.status).toBe(200);
      expect(sessionCookie(scanned)).toBeUndefined();
    }
    const browser = await launchBrowser();
    try {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`${testApp.baseUrl}${link}?lang=en`);
      await page.getByRole('button', { name: 'Sign me in' }).click();
      await page.waitForURL('**/my?lang=en');
      await expect(page.locator('main .lead').textContent()).resolves.toContain('Ada Writer');

      // The same link again, in any browser: refused.
      const again = await (await browser.newContext()).newPage();
      const answer = await again.goto(`${testApp.baseUrl}${link}?lang=en`);
      expect(answer?.status()).toBe(401);
      await expect(again.locator('.problem').textContent()).resolves.toContain('used already');
    } finally {
      await browser.close();
    }
  });

  it('refuses a post of someone’s link from a page that did not come from here (login CSRF)', async () => {
    const link = await mailedLink('mallory@example.org');
    // Mallory's own page would post her link to the button from the victim's browser: no form cookie comes with it.
    const forged = await fetch(`${testApp.baseUrl}${link}?lang=en`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'signInForm=guessed',
    });
    expect(forged.status).toBe(403);
    expect(sessionCookie(forged)).toBeUndefined();
    // Through the API, only JSON is taken, which a form on another site cannot send.
    const api = link.replace('/my/', '/api/supporters/');
    const formPost = await fetch(`${testApp.baseUrl}${api}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=b',
    });
    expect(formPost.status).toBe(415);
    expect(sessionCookie(formPost)).toBeUndefined();
    expect((await fetch(`${testApp.baseUrl}${api}`)).status).toBe(404);
    // The link is still good for its owner, once.
    const used = await httpClient(testApp.baseUrl).post(api, {});
    expect(used.status).toBe(200);
    expect((await httpClient(testApp.baseUrl).post(api, {})).status).toBe(401);
  });

  it('voids the links mailed before the one used', async () => {
    const older = await mailedLink('ada@example.org');
    const newer = await mailedLink('ada@example.org');
    const client = httpClient(testApp.baseUrl);
    expect((await client.post(newer.replace('/my/', '/api/supporters/'), {})).status).toBe(200);
    const stale = await client.post(older.replace('/my/', '/api/supporters/'), {});
    expect(stale.status).toBe(401);
    expect(stale.body.errors).toEqual([{ field: 'token', message: expect.stringContaining('used already') }]);
  });
});
