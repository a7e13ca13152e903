import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { englishSentences, LATIN_RUN, PrintedTarget } from '../support/english-sentences';
import { publishedAction } from '../support/letter-test-app';
import { confirmationMails } from '../support/writer-inbox';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

// The worker sends the confirmed letter, on queue keys of this file's own.
const QUEUE_PREFIX = `uatest-korean-${randomBytes(4).toString('hex')}`;
const WRITER = { name: '박지우', email: 'jiwoo.korean@example.net', city: '부산', country: '대한민국' };
const HANGUL = /[\uAC00-\uD7A3]/;
const CONFIRMATION_LINK = /https?:\/\/\S+\/my\/letters\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\S*/;

/** UA 66/12 as seeded (with its Korean title and asks), open for three more weeks from today. */
function seedActionOpenNow() {
  const deadline = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  return { ...seed003Action(), appealDeadline: deadline };
}

const to = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((field) => field.value.map((entry) => entry.address));

describe('a Korean writer takes action on UA 66/12 in the browser, from the Korean page to a Korean letter at the target', () => {
  let smtp: SmtpSink;
  let testApp: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    testApp = await createTestApp({
      environment: { SMTP_URL: smtp.url, PAGE_CACHE_MS: '0', RUN_WORKER: 'true', RUN_SCHEDULER: 'false', QUEUE_PREFIX },
    });
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    await flushQueueKeys(QUEUE_PREFIX);
    await smtp?.close();
  });

  it('sends the letter by email after the writer confirms, in Korean from the subject line to the asks, with no English sentence', async () => {
    const seeded = seedActionOpenNow();
    const korean = seeded.translations.ko as { title: string; asks: string[] };
    const action = await publishedAction(testApp, seeded);
    const emailTarget = seeded.targets
      .map((link: { target: PrintedTarget & { email?: string } }) => link.target)
      .find((target: { email?: string }) => target.email);
    // A browser that speaks English: only the page's own choice of Korean (?lang=ko) may make anything Korean.
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();

    await page.goto(`${testApp.baseUrl}/urgent-actions/${action.id}/take-action?lang=ko`);
    await page.getByLabel('이름').fill(WRITER.name);
    await page.getByLabel('이메일 (여기서 보낼 때 필요하며 답장은 귀하에게 갑니다)').fill(WRITER.email);
    await page.getByLabel('도시').fill(WRITER.city);
    await page.getByLabel('국가').fill(WRITER.country);
    await page.getByLabel('편지 언어').selectOption('ko');
    await page.getByRole('button', { name: '편지 보기' }).click();

    const letter = page.locator('.letter', { hasText: emailTarget.name }).first();
    await expect(letter.locator('.letter-text').inputValue()).resolves.toContain(korean.asks[0]);
    await letter.getByRole('button', { name: '지금 이메일로 보내기' }).click();
    await expect(page.locator('.done').first().textContent()).resolves.toContain(
      `아직 보내지 않았습니다. ${WRITER.email}(으)로 링크를 보냈습니다.`,
    );

    // The writer opens the link as the Korean mail gives it, in the same English-speaking browser.
    const confirmation = (await waitFor('the confirmation mail', () => confirmationMails(smtp, WRITER.email).at(-1))) as ParsedMail;
    expect(confirmation.subject).toMatch(HANGUL);
    smtp.messages.splice(smtp.messages.indexOf(confirmation), 1);
    // Its host is PUBLIC_URL's; the path and query are the mail's own.
    const link = new URL(CONFIRMATION_LINK.exec(confirmation.text ?? '')?.[0] as string);
    await page.goto(`${testApp.baseUrl}${link.pathname}${link.search}`);
    await expect(page.locator('h1').textContent()).resolves.toBe('탄원 편지');
    await page.getByRole('button', { name: '네, 제가 썼습니다: 이 편지들을 보내기' }).click();
    await expect(page.locator('.my-letters-sent').textContent()).resolves.toBe('감사합니다. 편지가 발송 중이며 집계됩니다.');

    const sent = (await waitFor('the letter to reach the target’s inbox', () =>
      smtp.messages.find((mail) => to(mail).includes(emailTarget.email)),
    )) as ParsedMail;
    expect(sent.subject).toMatch(HANGUL);
    expect(sent.subject).toContain(korean.title);
    expect(sent.subject).not.toMatch(LATIN_RUN);
    for (const ask of korean.asks) expect(sent.text).toContain(ask);
    expect(englishSentences(sent.text ?? '', emailTarget)).toEqual([]);
    // The HTML part, as a mail program shows it, says the same in the same language.
    expect(sent.html).toContain('<html lang="ko">');
    await page.setContent(sent.html as string);
    expect(englishSentences(await page.locator('body').innerText(), emailTarget)).toEqual([]);
    await context.close();
  });
});
