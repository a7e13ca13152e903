import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { pdfText } from '../../src/importer/pdf-text';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { confirmationToken } from '../support/writer-inbox';
import { TestClock } from '../support/clock';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const NOW = new Date('2012-03-30T09:00:00Z');
// Letters the system sends go through the paced outbox: the worker runs, on queue keys of this file's own.
const QUEUE_PREFIX = `uatest-take-${randomBytes(4).toString('hex')}`;

describe('take action: from the index to a recorded appeal, in a real browser', () => {
  let smtp: SmtpSink;
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let actionId: string;

  /** Opens the letters as a writer does: the form, filled in and posted. */
  async function openLetters(on: Page, lang: string, fields: { name: string; email?: string; city?: string }) {
    await on.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=${lang}`);
    await on.locator('#name').fill(fields.name);
    await on.locator('#email').fill(fields.email ?? '');
    await on.locator('#city').fill(fields.city ?? '');
    await on.locator('form.writer button[type=submit]').click();
    await on.locator('.letter').first().waitFor();
  }

  const appeals = () =>
    testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .find({ where: { action: { id: actionId } }, relations: { target: true } });

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: smtp.url,
        PAGE_CACHE_MS: '0',
        RUN_WORKER: 'true',
        RUN_SCHEDULER: 'false',
        QUEUE_PREFIX,
        FAX_EMAIL_ADDRESS_PATTERN: '{number}@fax.example.net',
      },
      clock: TestClock.at(NOW),
    });
    const staff = await staffClient(testApp, 'editor');
    const created = await staff.post('/api/actions', { ...seed003Action(), appealGoal: 3500 });
    actionId = created.body.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    await flushQueueKeys(QUEUE_PREFIX);
    await smtp?.close();
  });

  it('walks from the index to a letter whose text names the target, and records "I’ve sent it"', async () => {
    await page.goto(`${testApp.baseUrl}/?lang=en`);
    await page.locator('.action-card h2 a').click();
    await page.getByRole('link', { name: 'Take action: write a letter' }).click();
    await page.getByLabel('Your name').fill('Ji-woo Park');
    await page.getByLabel('Your town or city').fill('Busan');
    await page.getByLabel('Your country').fill('South Korea');
    await page.getByRole('button', { name: 'Show my letters' }).click();

    const letters = page.locator('.letter');
    const primaryTargets = seed003Action().targets.filter((link: { role: string }) => link.role === 'primary');
    await expect(letters.count()).resolves.toBeGreaterThanOrEqual(primaryTargets.length);
    const first = letters.first();
    const firstTarget = primaryTargets[0].target;
    await expect(first.locator('h2').textContent()).resolves.toContain(firstTarget.name);
    const text = (await first.locator('.letter-text').textContent()) as string;
    expect(text).toContain(firstTarget.name);
    expect(text).toContain('Ji-woo Park');
    expect(text).toContain(seed003Action().asks[0].slice(0, 40));
    await expect(first.locator('a', { hasText: 'Download PDF' }).getAttribute('href')).resolves.toMatch(/\.pdf\?/);
    await page.screenshot({ path: join(SCREENSHOTS, 'take-action.png'), fullPage: false });

    await first.getByLabel('How did you send it?').selectOption('post');
    await first.getByRole('button', { name: "I've sent it" }).click();
    await expect(page.locator('.letter').first().locator('.done').textContent()).resolves.toBe('Recorded. Thank you for posting it.');

    const recorded = await appeals();
    expect(recorded).toHaveLength(1);
    expect(recorded[0]).toMatchObject({ channel: 'post', letterCount: 1 });
    expect(recorded[0].target?.name).toBe(firstTarget.name);
    // The fields the writer typed survive the round trip, so the next letter is signed the same way.
    await expect(page.getByLabel('Your name').inputValue()).resolves.toBe('Ji-woo Park');
  });

  it('sends a letter by email to the target from the page, and it arrives at the SMTP server', async () => {
    await openLetters(page, 'en', { name: 'Ji-woo Park', email: 'jiwoo@example.org', city: 'Busan' });
    const withEmail = page.locator('.letter', { has: page.getByRole('button', { name: 'Send by email now' }) }).first();
    const targetName = ((await withEmail.locator('h2').textContent()) as string).replace('Letter to ', '');
    await expect(withEmail.locator('.send-hint').textContent()).resolves.toContain('only once you confirm from your inbox');
    await withEmail.getByRole('button', { name: 'Send by email now' }).click();
    await expect(page.locator('.done').first().textContent()).resolves.toContain(
      'Nothing is sent yet: we emailed a link to jiwoo@example.org',
    );
    expect((await appeals()).filter((record) => record.channel === 'email')).toHaveLength(0);

    // The writer opens the link from their inbox: the page lists the letter, and only its button sends it.
    await page.goto(`${testApp.baseUrl}/my/letters/${await confirmationToken(smtp, 'jiwoo@example.org', { take: true })}?lang=en`);
    await expect(page.locator('.letter-to-confirm').first().textContent()).resolves.toContain(targetName);
    expect((await appeals()).filter((record) => record.channel === 'email')).toHaveLength(0);
    await page.getByRole('button', { name: 'Yes, I wrote them: send these letters' }).click();
    await expect(page.locator('.my-letters-sent').textContent()).resolves.toContain('on their way');
    await waitFor('the letter to reach the SMTP server', () => smtp.messages.length === 1);
    const mail = smtp.messages.at(-1)!;
    expect(mail.replyTo?.text).toContain('jiwoo@example.org');
    expect(mail.from?.text).toContain('Ji-woo Park');
    expect(mail.from?.text).not.toContain('jiwoo@example.org');
    expect(mail.text).toContain(targetName);
    expect((await appeals()).filter((record) => record.channel === 'email')).toHaveLength(1);
  });

  it('tells the supporter when a fax will go when the office is closed now', async () => {
    // 09:00 UTC on 30 March is 05:00 in New York: the fax waits for 08:00 there (12:00 UTC).
    // Another writer: one letter per writer and official, whatever the channel.
    await openLetters(page, 'en', { name: 'Ji-woo Park', email: 'jiwoo.fax@example.org' });
    const toNewYork = page.locator('.letter', { hasText: 'Sin Son-ho' }).first();
    await toNewYork.getByRole('button', { name: 'Send by fax now' }).click();
    await expect(page.locator('.done').first().textContent()).resolves.toContain('Nothing is sent yet');
    await page.goto(`${testApp.baseUrl}/my/letters/${await confirmationToken(smtp, 'jiwoo.fax@example.org', { take: true })}?lang=en`);
    await page.getByRole('button', { name: 'Yes, I wrote them: send these letters' }).click();
    await expect(page.locator('.letter-to-confirm', { hasText: 'Sin Son-ho' }).locator('.state').textContent()).resolves.toBe(
      'Goes at Mar 30, 2012, 12:00 UTC.',
    );
    const [row] = await testApp
      .get(DataSource)
      .query(`SELECT "status", "dueAt" FROM notification_outbox WHERE "recipient" = '+12129723154'`);
    expect(row).toEqual({ status: 'queued', dueAt: new Date('2012-03-30T12:00:00Z') });
    expect(smtp.messages).toHaveLength(1);
  });

  it('shows why a send is refused, on the page, and records nothing', async () => {
    await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=en`);
    await page.locator('#name').fill('Ji-woo Park');
    // The browser would refuse the address itself: the server's own check is what this test is about.
    await page.locator('#email').evaluate((input) => void Object.assign(input, { type: 'text', value: 'not-an-address' }));
    await page.getByRole('button', { name: 'Show my letters' }).click();
    await page.getByRole('button', { name: 'Send by email now' }).first().click();
    await expect(page.locator('.problem').first().textContent()).resolves.toContain('email must be an email address');
    expect((await appeals()).filter((record) => record.channel === 'email')).toHaveLength(1);
  });

  it('previews the supporter’s own paragraph in the letter, and the copy field and the send carry it', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: testApp.baseUrl });
    await openLetters(page, 'en', { name: 'Ji-woo Park', email: 'jiwoo@example.org', city: 'Busan' });
    const letter = page.locator('.letter', { hasText: 'So Se-pyong' }).first();
    const note = letter.getByLabel('Your own paragraph (optional)');
    await expect(note.getAttribute('maxlength')).resolves.toBe('600');
    await expect(letter.locator('.personal-note .hint').textContent()).resolves.toContain('up to 600 characters and 6 lines');
    await note.fill('As a nurse in Busan I have cared for <b>families</b> like theirs.\nPlease let them stay.');
    await letter.getByRole('button', { name: 'Preview with my paragraph' }).click();

    const previewed = page.locator('.letter', { hasText: 'So Se-pyong' }).first();
    const copyField = previewed.getByLabel('The letter', { exact: true });
    await expect(copyField.getAttribute('readonly')).resolves.toBe('');
    const text = await copyField.inputValue();
    expect(text).toContain(
      '\n\nAs a nurse in Busan I have cared for <b>families</b> like theirs.\nPlease let them stay.\n\nI respectfully ask you to:',
    );
    expect(text).toContain('Ji-woo Park');
    // The paragraph stays in its field, and the PDF link refers to it without carrying it.
    await expect(previewed.getByLabel('Your own paragraph (optional)').inputValue()).resolves.toBe(
      'As a nurse in Busan I have cared for <b>families</b> like theirs.\nPlease let them stay.',
    );
    const pdfUrl = new URL((await previewed.locator('a', { hasText: 'Download PDF' }).getAttribute('href')) as string, testApp.baseUrl);
    expect([...pdfUrl.searchParams.keys()]).toEqual(['lang', 'ref']);
    const pdf = await fetch(pdfUrl);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect((await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s+/g, ' ')).toContain(
      'As a nurse in Busan I have cared for <b>families</b> like theirs.',
    );

    await previewed.getByRole('button', { name: 'Copy letter' }).click();
    await previewed.locator('.copy-status', { hasText: 'Copied.' }).waitFor({ timeout: 5000 });
    await expect(page.evaluate('navigator.clipboard.readText()')).resolves.toBe(text);

    await previewed.getByRole('button', { name: 'Send by fax now' }).click();
    await expect(page.locator('.done', { hasText: 'Nothing is sent yet' }).count()).resolves.toBe(1);
    // The paragraph survives the redirect, and the queued letter in the database holds it once confirmed.
    await expect(page.locator('.letter', { hasText: 'So Se-pyong' }).first().locator('.letter-text').inputValue()).resolves.toBe(text);
    const token = await confirmationToken(smtp, 'jiwoo@example.org', { take: true });
    // The worker forgets a letter's text once it is sent; a slow relay keeps it in the outbox while the test reads it.
    smtp.dataDelayMs = 4000;
    const confirmed = await fetch(`${testApp.baseUrl}/api/letters/confirm/${token}`, { method: 'POST' });
    expect(confirmed.status).toBe(200);
    const [row] = await testApp
      .get(DataSource)
      .query(
        `SELECT c."textBody" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE c."textBody" LIKE '%cared for <b>families</b>%'`,
      );
    smtp.dataDelayMs = 0;
    expect(row.textBody).toContain('Please let them stay.\n\nI respectfully ask you to:');
  });

  it('refuses a paragraph of seven lines next to the field, in Korean, without script', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const plain = await context.newPage();
      await plain.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=ko`);
      await plain.locator('#name').fill('Ji-woo Park');
      await plain.locator('form.writer button[type=submit]').click();
      const letter = plain.locator('.letter').first();
      await expect(letter.getByRole('button', { name: '편지 복사' }).isVisible()).resolves.toBe(false);
      await letter.getByLabel('직접 쓰는 문단 (선택)').fill(['하나', '둘', '셋', '넷', '다섯', '여섯', '일곱'].join('\n'));
      const [answer] = await Promise.all([
        plain.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/take-action?')),
        letter.getByRole('button', { name: '내 문단을 넣어 미리 보기' }).click(),
      ]);
      expect(answer.status()).toBe(400);
      const refused = plain.locator('.letter').first();
      await expect(refused.locator('.field-error').textContent()).resolves.toBe('문단의 줄이 너무 많습니다. 최대 6줄까지 쓸 수 있습니다.');
      await expect(refused.locator('.personal-note textarea').getAttribute('aria-invalid')).resolves.toBe('true');
      expect(await refused.locator('.letter-text').inputValue()).not.toContain('일곱');
    } finally {
      await context.close();
    }
  });
});
