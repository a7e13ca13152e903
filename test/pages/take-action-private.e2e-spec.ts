import { randomBytes } from 'node:crypto';
import type { Browser, BrowserContext } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { confirmationToken } from '../support/writer-inbox';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { signedInUser, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2012-03-05T10:00:00Z');
const QUEUE_PREFIX = `uatest-private-${randomBytes(4).toString('hex')}`;
const WRITER = {
  name: 'Ji-woo Park',
  email: 'ji-woo.park@example.net',
  city: 'Busan',
  note: 'As a nurse in Busan I care for families like theirs.',
};

/** Every way a value could appear in a URL: as typed, percent-encoded, form-encoded. */
const spellings = (value: string) =>
  [value, encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)].map((text) => text.toLowerCase());

describe('the take-action page keeps the writer out of URLs and works for whoever is signed in', () => {
  let smtp: SmtpSink;
  let testApp: TestApp;
  let browser: Browser;
  let actionId: string;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: smtp.url,
        PAGE_CACHE_MS: '0',
        RUN_WORKER: 'true',
        RUN_SCHEDULER: 'false',
        QUEUE_PREFIX,
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      },
      clock: TestClock.at(NOW),
    });
    const staff = await staffClient(testApp, 'editor');
    actionId = (await staff.post('/api/actions', seed003Action())).body.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    await flushQueueKeys(QUEUE_PREFIX);
    await smtp?.close();
  });

  /** A browser holding this session's cookies, as signing in leaves them. */
  async function signedInBrowser(sessionToken: string): Promise<BrowserContext> {
    const context = await browser.newContext();
    const url = testApp.baseUrl;
    await context.addCookies([
      { name: SESSION_COOKIE, value: sessionToken, url, httpOnly: true, sameSite: 'Lax' },
      { name: CSRF_COOKIE, value: testApp.get(TokenHasher).csrfTokenFor(sessionToken), url, sameSite: 'Lax' },
    ]);
    return context;
  }

  it('puts neither the writer’s name nor their email in any URL the browser asks for, through a whole visit', async () => {
    const context = await browser.newContext();
    const requested: string[] = [];
    context.on('request', (request) => requested.push(request.url()));
    const page = await context.newPage();
    await page.goto(`${testApp.baseUrl}/?lang=en`);
    await page.locator('.action-card h2 a').click();
    await page.getByRole('link', { name: 'Take action: write a letter' }).click();
    await page.getByLabel('Your name').fill(WRITER.name);
    await page.getByLabel('Your email (to send from here; replies come to you)').fill(WRITER.email);
    await page.getByLabel('Your town or city').fill(WRITER.city);
    await page.getByRole('button', { name: 'Show my letters' }).click();

    const letter = page.locator('.letter', { hasText: 'Sin Son-ho' }).first();
    await letter.getByLabel('Your own paragraph (optional)').fill(WRITER.note);
    await letter.getByRole('button', { name: 'Preview with my paragraph' }).click();
    const previewed = page.locator('.letter', { hasText: 'Sin Son-ho' }).first();
    await expect(previewed.locator('.letter-text').inputValue()).resolves.toContain(WRITER.note);

    // The PDF and mailto links work from a reference; the PDF is opened as a reader would, in the same browser.
    const pdfHref = (await previewed.locator('a', { hasText: 'Download PDF' }).getAttribute('href')) as string;
    const pdf = await context.request.get(`${testApp.baseUrl}${pdfHref}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    requested.push(`${testApp.baseUrl}${pdfHref}`);
    const mailtoHref = (await previewed.locator('a', { hasText: 'Open in my email program' }).getAttribute('href')) as string;
    requested.push(`${testApp.baseUrl}${mailtoHref}`);
    const mailto = await fetch(`${testApp.baseUrl}${mailtoHref}`, { redirect: 'manual' });
    expect(mailto.status).toBe(303);
    expect(decodeURIComponent(mailto.headers.get('location') as string)).toContain(WRITER.note);

    await previewed.getByRole('button', { name: 'Send by email now' }).click();
    await expect(page.locator('.done').first().textContent()).resolves.toContain(`we emailed a link to ${WRITER.email}`);
    await page.locator('.letter', { hasText: 'Ri Myong-su' }).first().getByRole('button', { name: "I've sent it" }).click();
    await page.locator('.done', { hasText: 'Recorded' }).waitFor();
    await page.goto(`${testApp.baseUrl}/my/letters/${await confirmationToken(smtp, WRITER.email, { take: true })}?lang=en`);
    await page.getByRole('button', { name: 'Yes, I wrote them: send these letters' }).click();
    await page.locator('.my-letters-sent').waitFor();
    await context.close();

    expect(requested.length).toBeGreaterThan(10);
    const leaks = requested.filter((url) =>
      [WRITER.name, WRITER.email, WRITER.city, WRITER.note].flatMap(spellings).some((value) => url.toLowerCase().includes(value)),
    );
    expect(leaks).toEqual([]);
  });

  it('lets a signed-in supporter send from the take-action page at once, from their confirmed address, and record a letter', async () => {
    const supporter = await testApp
      .get(DataSource)
      .getRepository(Supporter)
      .save({
        email: `kim-${randomBytes(3).toString('hex')}@example.org`,
        name: 'Kim Signed-In',
        city: 'Daegu',
        confirmedAt: NOW,
        lastActiveAt: NOW,
      });
    const { token } = await testApp.get(AuthService).startSession({ supporter });
    const context = await signedInBrowser(token);
    const page = await context.newPage();
    await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=en`);
    // Their profile fills the form in.
    await expect(page.getByLabel('Your email (to send from here; replies come to you)').inputValue()).resolves.toBe(supporter.email);
    await page.getByLabel('Your name').fill('Kim Signed-In');
    await page.getByRole('button', { name: 'Show my letters' }).click();
    await page.locator('.letter', { hasText: 'Sin Son-ho' }).first().getByRole('button', { name: 'Send by email now' }).click();
    // No link to confirm: queued at once (paced behind the letter of the writer before).
    await expect(page.locator('.done').first().textContent()).resolves.toBe(
      'Queued to go by email at Mar 5, 2012, 10:02 UTC, paced so the office is not flooded. Thank you: it counts.',
    );
    const [queued] = await testApp
      .get(DataSource)
      .query(
        `SELECT o."status" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE c."replyToAddress" = $1`,
        [supporter.email],
      );
    expect(queued).toEqual({ status: 'queued' });
    await page.locator('.letter', { hasText: 'Ri Myong-su' }).first().getByRole('button', { name: "I've sent it" }).click();
    await page.locator('.done', { hasText: 'Recorded' }).waitFor();
    const theirs = await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .find({ where: { supporter: { id: supporter.id } } });
    expect(theirs.map((record) => record.channel).sort()).toEqual(['email', 'post']);
    await context.close();
  });

  it('asks a writer on the Korean page to confirm in Korean', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=ko`);
    await page.locator('#name').fill('박지우');
    await page.locator('#email').fill('jiwoo.ko@example.net');
    await page.locator('form.writer button[type=submit]').click();
    await page.locator('.letter', { hasText: 'Sin Son-ho' }).first().locator('form.send button').first().click();
    await page.locator('.done').first().waitFor();
    await confirmationToken(smtp, 'jiwoo.ko@example.net');
    const mail = smtp.messages.filter((message) => JSON.stringify(message.to).includes('jiwoo.ko@example.net')).at(-1);
    expect(mail?.subject).toMatch(/^탄원 편지를 확인해 주세요/);
    expect(mail?.text).toContain('확인하시기 전에는 귀하의 이름으로 아무것도 보내지 않습니다');
    await page.context().close();
  });

  it('lets a signed-in staff member record a letter from the take-action page', async () => {
    const { user } = await signedInUser(testApp, 'editor');
    const { token } = await testApp.get(AuthService).startSession({ user });
    const context = await signedInBrowser(token);
    const page = await context.newPage();
    await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=en`);
    await page.getByLabel('Your name').fill('Staff Writer');
    await page.getByRole('button', { name: 'Show my letters' }).click();
    const [answer] = await Promise.all([
      page.waitForResponse((response) => response.url().includes('/take-action/record')),
      page.locator('.letter', { hasText: 'So Se-pyong' }).first().getByRole('button', { name: "I've sent it" }).click(),
    ]);
    expect(answer.status()).toBe(200);
    await page.locator('.done', { hasText: 'Recorded' }).waitFor();
    await context.close();
  });
});
