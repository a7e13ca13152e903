import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { RunningApp, startBuiltApp } from '../support/built-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

const WRITER = { name: 'Ji-woo Park', email: 'ji-woo.park@invented.example.org', city: 'Busan', country: 'South Korea' };

interface LogLine {
  level: number;
  msg: string;
  [field: string]: unknown;
}

describe('LOG_FORMAT=json: a whole visit (sign-up, take action and its confirmation, magic link) leaves one JSON object per line and no personal data', () => {
  let directory: string;
  let sink: SmtpSink;
  let app: RunningApp;
  let browser: Browser;
  let page: Page;
  const tokens: string[] = [];

  /** The token of the newest mail to the writer with a link whose path starts so. */
  async function mailedToken(path: string): Promise<string> {
    return waitFor(`a mail to the writer with a ${path} link`, () => {
      const mail = [...sink.messages]
        .reverse()
        .find((message) => JSON.stringify(message.to).includes(WRITER.email) && message.text?.includes(path));
      return mail?.text?.match(new RegExp(`${path}([^\\s?]+)`))?.[1] ?? '';
    });
  }

  const lines = (): string[] =>
    app
      .output()
      .split('\n')
      .filter((line) => line.trim() !== '');

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ua-json-logs-'));
    sink = await startSmtpSink();
    // As npm start runs it, with the demonstration action to act on, the worker in the process, debug lines on.
    app = await startBuiltApp({
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'debug',
      PGLITE_DIR: join(directory, 'pglite'),
      SMTP_URL: sink.url,
      PORT: '0',
      REDIS_URL: process.env.REDIS_URL,
      QUEUE_PREFIX: `uatest-json-${process.pid}`,
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      PAGE_CACHE_MS: '0',
    });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-GB' });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await sink?.close();
    rmSync(directory, { recursive: true, force: true });
  });

  it('signs up to the demonstration action, confirms, writes a letter and confirms it from the inbox, then signs in by magic link', async () => {
    await page.goto(`${app.baseUrl}/?lang=en`);
    await page
      .locator('.action-card', { has: page.locator('.badge-demonstration') })
      .locator('h2 a')
      .click();
    const actionUrl = page.url();

    const follow = page.locator('form.my-follow');
    await follow.getByLabel('Your name').fill(WRITER.name);
    await follow.getByLabel('Your email address').fill(WRITER.email);
    await follow.getByRole('button', { name: 'Follow this action' }).click();
    await page.waitForURL('**/my/check-email?lang=en');
    tokens.push(await mailedToken('/my/confirm/'));
    await page.goto(`${app.baseUrl}/my/confirm/${tokens[0]}?lang=en`);
    await page.locator('.my-confirmed').waitFor();

    await page.goto(actionUrl);
    await page.getByRole('link', { name: 'Take action: write a letter' }).click();
    await page.getByLabel('Your name').fill(WRITER.name);
    await page.getByLabel('Your email (to send from here; replies come to you)').fill(WRITER.email);
    await page.getByLabel('Your town or city').fill(WRITER.city);
    await page.getByLabel('Your country').fill(WRITER.country);
    await page.getByRole('button', { name: 'Show my letters' }).click();
    await page
      .locator('.letter', { hasText: 'Demonstration Ambassador (New York)' })
      .first()
      .getByRole('button', { name: 'Send by email now' })
      .click();
    await page.locator('.done', { hasText: 'we emailed a link to' }).first().waitFor();
    // Nothing goes until the writer confirms from their inbox.
    tokens.push(await mailedToken('/my/letters/'));
    await page.goto(`${app.baseUrl}/my/letters/${tokens[1]}?lang=en`);
    await page.getByRole('button', { name: 'Yes, I wrote them: send these letters' }).click();
    await page.locator('.my-letters-sent').waitFor();
    await waitFor(
      'the letter at the relay',
      () => sink.messages.some((mail) => JSON.stringify(mail.to).includes('mission-new-york@example.org')),
      30_000,
    );

    await page.goto(`${app.baseUrl}/my/sign-in?lang=en`);
    await page.getByLabel('Your email address').fill(WRITER.email);
    await page.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await page.waitForURL('**/my/check-email?lang=en');
    tokens.push(await mailedToken('/my/session/'));
    await page.goto(`${app.baseUrl}/my/session/${tokens[2]}?lang=en`);
    await page.getByRole('button', { name: 'Sign me in' }).click();
    await page.waitForURL('**/my?lang=en');
    await expect(page.locator('main .lead').textContent()).resolves.toContain(WRITER.email);
    // Let the worker's lines about the letter be written before reading them.
    await waitFor('a worker line about the letter', () => lines().some((line) => line.includes('"job":"send message"')), 30_000);
  }, 120_000);

  it('wrote every line as one JSON object', () => {
    const notJson = lines().filter((line) => {
      try {
        return typeof JSON.parse(line) !== 'object';
      } catch {
        return true;
      }
    });
    expect(notJson).toEqual([]);
  });

  it('names neither the writer nor any token sent to them, in any line', () => {
    const output = app.output();
    expect(tokens).toHaveLength(3);
    for (const secret of [WRITER.email, encodeURIComponent(WRITER.email), WRITER.name, WRITER.city, ...tokens])
      expect(output).not.toContain(secret);
    expect(output.toLowerCase()).not.toContain('ji-woo');
  });

  it('gives each request its id, route template, status and duration', () => {
    const requests = lines()
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.req);
    const session = requests.find((line) => line.route === '/my/session/:token');
    expect(session).toMatchObject({
      requestId: expect.any(String),
      req: { method: 'GET', path: '/my/session/:redacted' },
      res: { statusCode: expect.any(Number) },
      durationMs: expect.any(Number),
      msg: 'GET /my/session/:token 200',
    });
    expect(
      requests.find((line) => line.route === '/my/session/:token' && line.req && (line.req as { method: string }).method === 'POST'),
    ).toMatchObject({ msg: expect.stringMatching(/^POST \/my\/session\/:token 30\d$/) });
    expect(new Set(requests.map((line) => line.requestId)).size).toBe(requests.length);
    expect(requests.some((line) => JSON.stringify(line).includes('cookie'))).toBe(false);
  });

  it('names the job and the outbox row in the worker lines', () => {
    const sends = lines()
      .map((line) => JSON.parse(line) as LogLine)
      .filter((line) => line.job === 'send message');
    expect(sends.length).toBeGreaterThanOrEqual(1);
    expect(sends[0]).toMatchObject({
      queue: 'notification-send',
      jobId: expect.stringMatching(/^send-[0-9a-f-]{36}$/),
      outboxMessageId: expect.stringMatching(/^[0-9a-f-]{36}$/),
      result: 'sent',
    });
  });
});
