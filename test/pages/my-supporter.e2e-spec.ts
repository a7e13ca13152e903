import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { TestClock } from '../support/clock';
import { UnsubscribeLinks } from '../../src/notifications/unsubscribe/unsubscribe-links';
import { Subscription } from '../../src/supporters/subscription.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { supporterClient, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';
import { outboxDrained } from '../support/outbox-drained';
import { createTestApp, TestApp } from '../support/test-app';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const NOW = new Date('2012-03-30T09:00:00Z');
/** Ten days before seed 003's deadline, until a test moves it: a browser drops a session cookie that expired in 2012. */
const clock = TestClock.at(NOW);

describe('a supporter follows an action, confirms, manages their data and unsubscribes, in a real browser', () => {
  let testApp: TestApp;
  let smtp: SmtpSink;
  let browser: Browser;
  let page: Page;
  let seedId: string;

  const subscriptionsOf = (email: string) =>
    testApp
      .get(DataSource)
      .getRepository(Subscription)
      .find({ where: { supporter: { email } }, relations: { action: true } });

  /** The link in the newest message to this address whose path starts so. */
  async function mailedLink(to: string, path: string): Promise<{ url: string; token: string }> {
    await outboxDrained(testApp);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const mail = [...smtp.messages]
        .reverse()
        .find((message) => message.to && JSON.stringify(message.to).includes(to) && message.text?.includes(path));
      const url = mail?.text?.match(new RegExp(`https?://\\S+${path}([^\\s?]+)\\S*`));
      if (url) return { url: url[0], token: url[1] };
      if (Date.now() > deadline) throw new Error(`No mail to ${to} with a ${path} link arrived`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    smtp = await startSmtpSink();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: smtp.url,
        MAIL_FROM: 'ua@invented.example.org',
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
        RUN_WORKER: 'true',
        MAIL_RETRY_DELAY_MS: '10',
      },
      clock,
    });
    const staff = await staffClient(testApp, 'editor');
    const seed = await staff.post('/api/actions', seed003Action());
    expect(seed.status).toBe(201);
    seedId = seed.body.id;
    expect((await staff.post(`/api/actions/${seedId}/publish`)).status).toBe(200);
    browser = await launchBrowser();
  }, 240_000);

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 900 }, locale: 'en-GB' });
  });

  afterEach(async () => {
    clock.set(NOW);
    await page?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    await smtp?.close();
  });

  it('signs up on the action page, confirms through the emailed link, and unsubscribes in one click', async () => {
    const email = 'follower@invented.example.org';
    await page.goto(`${testApp.baseUrl}/urgent-actions/${seedId}?lang=en`);
    const form = page.locator('form.my-follow');
    await form.getByLabel('Your name').fill('Invented Follower');
    await form.getByLabel('Your email address').fill(email);
    await form.getByLabel('Language of our emails').selectOption('ko');
    await form.getByRole('button', { name: 'Follow this action' }).click();
    await page.waitForURL('**/my/check-email?lang=en');
    await expect(page.locator('h1').textContent()).resolves.toBe('Check your email');
    expect((await subscriptionsOf(email)).map((subscription) => [subscription.action?.id, subscription.confirmedAt])).toEqual([
      [seedId, null],
    ]);
    const supporter = await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ email });
    expect([supporter.name, supporter.language]).toEqual(['Invented Follower', 'ko']);

    const { token } = await mailedLink(email, '/my/confirm/');
    await page.goto(`${testApp.baseUrl}/my/confirm/${token}?lang=en`);
    await expect(page.locator('.my-confirmed').textContent()).resolves.toBe(
      'You will get updates on “Fears for forcibly returned North Koreans”.',
    );
    expect((await subscriptionsOf(email))[0].confirmedAt).toEqual(NOW);
    await page.goto(`${testApp.baseUrl}/my/confirm/${token}?lang=en`);
    await expect(page.locator('.my-confirmed').textContent()).resolves.toBe('This subscription was confirmed already. Nothing more to do.');
    const broken = await page.goto(`${testApp.baseUrl}/my/confirm/${token}x?lang=en`);
    expect(broken?.status()).toBe(401);
    await expect(page.locator('h1').textContent()).resolves.toBe('This link does not work');

    // The link every update about this action carries.
    const unsubscribeUrl = testApp.get(UnsubscribeLinks).urlFor({ kind: 'action', supporterId: supporter.id, actionId: seedId });
    const unsubscribeToken = unsubscribeUrl.split('/').pop() as string;
    await page.goto(`${testApp.baseUrl}/my/unsubscribe/${unsubscribeToken}?lang=en`);
    await expect(page.locator('main .lead').textContent()).resolves.toBe('You will get no further updates about this Urgent Action.');
    expect((await subscriptionsOf(email))[0].unsubscribedAt).toBeNull();
    await page.getByRole('button', { name: 'Unsubscribe' }).click();
    await expect(page.locator('.my-unsubscribed').textContent()).resolves.toContain('Done: you are unsubscribed.');
    expect((await subscriptionsOf(email))[0].unsubscribedAt).toEqual(NOW);
    const forged = await page.goto(`${testApp.baseUrl}/my/unsubscribe/${unsubscribeToken.slice(0, -2)}xx?lang=en`);
    expect(forged?.status()).toBe(400);
  });

  it('follows the network from the index, in Korean, and ignores a bot that fills the honeypot', async () => {
    await page.goto(`${testApp.baseUrl}/?lang=ko`);
    const form = page.locator('form.my-follow');
    await form.getByLabel('이름').fill('발명된 지지자');
    await form.getByLabel('이메일 주소').fill('network@invented.example.org');
    await form.getByRole('button', { name: '네트워크 소식 받기' }).click();
    await page.waitForURL('**/my/check-email?lang=ko');
    await expect(page.locator('h1').textContent()).resolves.toBe('이메일을 확인하세요');
    const [network] = await subscriptionsOf('network@invented.example.org');
    expect(network.action).toBeNull();
    expect(
      (await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ email: 'network@invented.example.org' })).language,
    ).toBe('ko');

    const bot = await fetch(`${testApp.baseUrl}/my/follow?lang=en`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'Bot', email: 'bot@invented.example.org', website: 'http://spam.example' }).toString(),
    });
    expect([bot.status, bot.headers.get('location')]).toEqual([303, '/my/check-email?lang=en']);
    await expect(testApp.get(DataSource).getRepository(Supporter).existsBy({ email: 'bot@invented.example.org' })).resolves.toBe(false);
  });

  it('shows what is wrong with the sign-up form, naming the field', async () => {
    await page.goto(`${testApp.baseUrl}/my/follow?lang=en&action=${seedId}`);
    await page.getByLabel('Your name').fill('Someone');
    await page.getByLabel('Your email address').fill('someone@invented.example.org');
    // An action that does not exist (or is no longer open), as a stale page would send.
    await page.locator('input[name=actionId]').evaluate((input) => input.setAttribute('value', '00000000-0000-4000-8000-000000000001'));
    const answer = page.waitForResponse((response) => response.url().includes('/my/follow'));
    await page.getByRole('button', { name: 'Follow this action' }).click();
    expect((await answer).status()).toBe(422);
    await expect(page.locator('.problem').textContent()).resolves.toContain('is not open for sign-up');
    await expect(page.locator('.problem-fields').textContent()).resolves.toBe('Fields at fault: actionId');
    await expect(page.getByLabel('Your email address').inputValue()).resolves.toBe('someone@invented.example.org');
    const bad = await fetch(`${testApp.baseUrl}/my/follow?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: 'X', email: 'not-an-address' }).toString(),
    });
    expect(bad.status).toBe(400);
    const refusal = await bad.text();
    expect(refusal).toContain('email must be an email');
    expect(refusal).toContain('<code class="field-name">email</code>');
  });

  it('signs in by magic link, changes preferences, unfollows, downloads and erases their data', async () => {
    const now = new Date();
    clock.set(now);
    const { supporter } = await supporterClient(testApp, { name: 'Invented Reader', email: 'reader@invented.example.org' });
    await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .save([
        { supporter, action: { id: seedId }, confirmedAt: NOW, unsubscribedAt: null },
        { supporter, action: null, confirmedAt: NOW, unsubscribedAt: null },
      ]);
    await page.goto(`${testApp.baseUrl}/my/sign-in?lang=en`);
    await page.getByLabel('Your email address').fill('reader@invented.example.org');
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForURL('**/my/check-email?lang=en');
    const { token } = await mailedLink('reader@invented.example.org', '/my/session/');
    await page.goto(`${testApp.baseUrl}/my/session/${token}?lang=en`);
    await page.getByRole('button', { name: 'Sign me in' }).click();
    await page.waitForURL('**/my?lang=en');
    await expect(page.locator('main .lead').textContent()).resolves.toBe('Signed in as Invented Reader (reader@invented.example.org).');
    const rows = page.locator('.my-subscription');
    await expect(rows.allTextContents()).resolves.toHaveLength(2);
    await expect(rows.nth(0).textContent()).resolves.toContain('Fears for forcibly returned North Koreans');
    await expect(rows.nth(0).textContent()).resolves.toContain('following');
    await page.screenshot({ path: join(SCREENSHOTS, 'my.png'), fullPage: true });

    await expect(page.getByLabel('How often we email you').inputValue()).resolves.toBe('immediately');
    await page.getByLabel('Language of our emails').selectOption('ko');
    await page.getByLabel('How often we email you').selectOption({ label: 'One summary a week (Mondays)' });
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.waitForURL('**/my?lang=ko&saved=1');
    await expect(page.locator('.done').textContent()).resolves.toBe('저장했습니다.');
    const saved = await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ id: supporter.id });
    expect([saved.language, saved.noticeFrequency]).toEqual(['ko', 'weekly']);
    await expect(page.getByLabel('이메일 받는 빈도').inputValue()).resolves.toBe('weekly');

    await page.getByRole('button', { name: 'Fears for forcibly returned North Koreans 소식 그만 받기' }).click();
    await page.waitForURL('**/my?lang=ko');
    const subscriptions = await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .find({ where: { supporter: { id: supporter.id } }, relations: { action: true } });
    expect(subscriptions.find((subscription) => subscription.action)?.unsubscribedAt).toEqual(now);
    expect(subscriptions.find((subscription) => !subscription.action)?.unsubscribedAt).toBeNull();
    await expect(rows.nth(0).textContent()).resolves.toContain('중단됨');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '내 정보 내려받기 (JSON)' }).click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported.supporter.email).toBe('reader@invented.example.org');
    expect(exported.subscriptions).toHaveLength(2);

    await page.goto(`${testApp.baseUrl}/my/erase?lang=en`);
    await page.getByRole('button', { name: 'Erase my data' }).click({ noWaitAfter: true });
    // The browser's own check: the box must be ticked first.
    await expect(testApp.get(DataSource).getRepository(Supporter).existsBy({ id: supporter.id })).resolves.toBe(true);
    await page.getByLabel('Yes, erase everything you hold about me').check();
    await page.getByRole('button', { name: 'Erase my data' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Your data is erased');
    await expect(testApp.get(DataSource).getRepository(Supporter).existsBy({ id: supporter.id })).resolves.toBe(false);
    const after = await page.goto(`${testApp.baseUrl}/my?lang=en`);
    expect(after?.status()).toBe(401);
  });

  it('keeps a supporter’s pages to their own session, and refuses changes without its CSRF token', async () => {
    expect((await fetch(`${testApp.baseUrl}/my`)).status).toBe(401);
    const { supporter, sessionToken } = await supporterClient(testApp, { name: 'Invented Other' });
    const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
    const post = (fields: Record<string, string>) =>
      fetch(`${testApp.baseUrl}/my/preferences?lang=en`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: `${SESSION_COOKIE}=${sessionToken}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: form(fields),
      });
    expect((await post({ name: 'Changed', _csrf: 'forged' })).status).toBe(403);
    const csrf = testApp.get(TokenHasher).csrfTokenFor(sessionToken);
    expect((await post({ name: 'Changed', _csrf: csrf })).status).toBe(303);
    expect((await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ id: supporter.id })).name).toBe('Changed');
    const refused = await post({ name: 'Changed', noticeFrequency: 'hourly', _csrf: csrf });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('noticeFrequency must be one of immediately, daily, weekly');
    // Forms that act for nobody (follow, unsubscribe) still work from cached pages that carry no CSRF token.
    const follow = await fetch(`${testApp.baseUrl}/my/follow?lang=en`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: `${SESSION_COOKIE}=${sessionToken}; ${CSRF_COOKIE}=${csrf}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: form({ name: 'Invented Other', email: supporter.email, actionId: seedId }),
    });
    expect(follow.status).toBe(303);
    expect((await subscriptionsOf(supporter.email)).map((subscription) => subscription.action?.id)).toEqual([seedId]);
  });
});
