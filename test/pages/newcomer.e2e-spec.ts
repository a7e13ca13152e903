import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import type { Browser, Page } from 'playwright-core';
import { waitFor } from '../support/wait-for';
import { launchBrowser } from '../support/browser';
import { PROJECT_ROOT, RunningApp, startBuiltApp } from '../support/built-app';

/** The appeals the public action page shows for the demonstration ("{n} of 500 appeals sent"). */
async function appealsShown(page: Page, actionUrl: string): Promise<number> {
  await page.goto(actionUrl);
  const label = (await page.locator('.progress label').first().textContent()) as string;
  return Number(/^([\d,]+) of/.exec(label)?.[1].replace(/,/g, ''));
}

describe('a newcomer’s first run: npm start on an empty embedded database, then the printed links, in a real browser', () => {
  let directory: string;
  let app: RunningApp;
  let firstAnswerMs: number;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'ua-newcomer-'));
    const spawnedAt = Date.now();
    // As `npm start` runs it: no DATABASE_URL, no SMTP_URL, seeds on, the worker in the same process.
    app = await startBuiltApp({
      PGLITE_DIR: join(directory, 'pglite'),
      OUTBOX_DIR: join(directory, 'outbox'),
      PORT: '0',
      REDIS_URL: process.env.REDIS_URL,
      PAGE_CACHE_MS: '0',
    });
    expect((await fetch(`${app.baseUrl}/`)).status).toBe(200);
    firstAnswerMs = Date.now() - spawnedAt;
    process.stdout.write(`npm start on an empty embedded database answered its first request ${firstAnswerMs} ms after it was started\n`);
    browser = await launchBrowser();
    page = await (await browser.newContext({ viewport: { width: 1100, height: 900 } })).newPage();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('starts quietly and prints the pages, the one-time setup link and where mail goes', () => {
    const output = app.output();
    expect(output).not.toMatch(/Mapped \{|RoutesResolver|InstanceLoader/);
    expect(output).toContain(`Public pages:     ${app.baseUrl}/`);
    expect(output).toContain(`Staff:            ${app.baseUrl}/staff`);
    expect(output).toMatch(new RegExp(`First admin: +${app.baseUrl}/staff/setup/[\\w-]{40,}`));
    expect(output).toContain(`Section offices:  ${app.baseUrl}/office`);
    expect(output).toContain(`API docs:         ${app.baseUrl}/api/docs`);
    expect(output).toContain(`Mail goes to:     .eml files in ${join(directory, 'outbox')}/`);
  });

  it('explains, instead of failing deep in PGlite, why the user CLI cannot open the database the app holds', () => {
    const cli = spawnSync(
      process.execPath,
      [join(PROJECT_ROOT, 'dist/accounts/create-user.cli.js'), '--email', 'a@example.org', '--name', 'A', '--role', 'admin'],
      {
        cwd: PROJECT_ROOT,
        input: 'a long passphrase for staff\n',
        encoding: 'utf8',
        env: { PATH: process.env.PATH, PGLITE_DIR: join(directory, 'pglite'), REDIS_URL: process.env.REDIS_URL },
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain(`the embedded database in ${join(directory, 'pglite')} is in use by a running app`);
    expect(cli.stderr).toContain('setup link');
  });

  it('opens the setup link, makes the first admin and lands signed in on the staff dashboard; the link works once', async () => {
    const setupUrl = /First admin: +(\S+)/.exec(app.output())![1];
    await page.goto(`${setupUrl}?lang=en`);
    await page.getByLabel('Your name').fill('Min-ji Kang');
    await page.getByLabel('Email').fill('min-ji.kang@example.org');
    await page.getByLabel('Password (at least 12 characters)').fill('short');
    await page.getByRole('button', { name: 'Make the admin and sign in' }).click();
    // The browser's own minlength check holds the form back; without script it would be refused by the server.
    await expect(page.url()).toContain('/staff/setup/');
    await page.getByLabel('Password (at least 12 characters)').fill('a long passphrase for staff');
    await page.getByRole('button', { name: 'Make the admin and sign in' }).click();
    await page.waitForURL(/\/staff\?lang=en$/);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Actions');
    await expect(page.locator('body').textContent()).resolves.toContain('Min-ji Kang');
    await expect(page.locator('.badge-demonstration').first().textContent()).resolves.toBe('Demonstration');

    const again = await fetch(setupUrl, { headers: { accept: 'text/html' } });
    expect(again.status).toBe(404);
    const reuse = await fetch(setupUrl, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Someone&email=someone%40example.org&password=another+long+passphrase',
    });
    expect(reuse.status).toBe(404);
  });

  it('takes action on the demonstration: name, city, country, then one letter sent by email into the outbox and one recorded', async () => {
    // The admin just signed in takes action in the same browser: the take-action forms carry the session's CSRF token.
    await page.goto(`${app.baseUrl}/?lang=en`);
    const card = page.locator('.action-card', { has: page.locator('.badge-demonstration') });
    await expect(card.locator('.meta').textContent()).resolves.toContain('DEMO 1');
    await card.locator('h2 a').click();
    const actionUrl = page.url();
    // The public count is read in a tab of its own, so the writer's page stays as it is.
    const counter = await page.context().newPage();
    const before = await appealsShown(counter, actionUrl);

    await page.getByRole('link', { name: 'Take action: write a letter' }).click();
    await expect(page.locator('.demonstration-note').textContent()).resolves.toContain('reserved example addresses');
    await page.getByLabel('Your name').fill('Ji-woo Park');
    await page.getByLabel('Your email (to send from here; replies come to you)').fill('jiwoo@example.org');
    await page.getByLabel('Your town or city').fill('Busan');
    await page.getByLabel('Your country').fill('South Korea');
    await page.getByRole('button', { name: 'Show my letters' }).click();

    const toNewYork = page.locator('.letter', { hasText: 'Demonstration Ambassador (New York)' }).first();
    await toNewYork.getByRole('button', { name: 'Send by email now' }).click();
    await page.locator('.done', { hasText: 'we emailed a link to jiwoo@example.org' }).first().waitFor();
    // Nothing goes, and nothing counts, until the writer confirms from their inbox.
    await expect(appealsShown(counter, actionUrl)).resolves.toBe(before);
    const outbox = join(directory, 'outbox');
    const mails = async () => {
      try {
        return await Promise.all(readdirSync(outbox).map((file) => simpleParser(readFileSync(join(outbox, file)))));
      } catch {
        return [];
      }
    };
    const confirmation = await waitFor(
      'the confirmation mail’s .eml in the outbox',
      async () =>
        (await mails()).find((mail) => JSON.stringify(mail.to).includes('jiwoo@example.org') && mail.text?.includes('/my/letters/')),
      30_000,
    );
    const link = new URL(/https?:\/\/\S+\/my\/letters\/\S+/.exec(confirmation?.text ?? '')?.[0] as string);
    // The writer opens the link from their inbox in another tab, and the letters page stays as it is.
    const inbox = await page.context().newPage();
    await inbox.goto(`${app.baseUrl}${link.pathname}?lang=en`);
    await inbox.getByRole('button', { name: 'Yes, I wrote them: send these letters' }).click();
    await inbox.locator('.my-letters-sent').waitFor();
    await inbox.close();
    await waitFor(
      'the letter’s .eml in the outbox',
      async () => (await mails()).some((mail) => JSON.stringify(mail.to).includes('mission-new-york@example.org')),
      30_000,
    );
    const afterEmail = await appealsShown(counter, actionUrl);
    expect(afterEmail).toBe(before + 1);

    const toGeneva = page.locator('.letter', { hasText: 'Demonstration Ambassador (Geneva)' }).first();
    await toGeneva.getByLabel('How did you send it?').selectOption('post');
    await toGeneva.getByRole('button', { name: "I've sent it" }).click();
    await page.locator('.done', { hasText: 'Recorded' }).first().waitFor();
    await expect(appealsShown(counter, actionUrl)).resolves.toBe(afterEmail + 1);
  });
});
