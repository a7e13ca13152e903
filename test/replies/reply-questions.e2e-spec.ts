import { randomBytes } from 'node:crypto';
import type { ParsedMail } from 'mailparser';
import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { SignedLinks } from '../../src/accounts/signed-links';
import { AskWritersAboutReplies } from '../../src/replies/use-cases/ask-writers-about-replies';
import { DAY, TestClock } from '../support/clock';
import { sendConfirmed } from '../support/writer-inbox';
import { flushQueueKeys } from '../support/flush-queues';
import { waitUntilSettled } from '../support/notifications-app';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { staffBrowserContext, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';

const HOUR = DAY / 24;
const QUESTION_SUBJECT = 'Did you get a reply? – Urgent Action Network';
const ANSWER_LINK = /\/my\/replies\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)\?answer=(yes|not-expected|no)/g;

const unsubscribeHeaderOf = (mail: ParsedMail) =>
  mail.headerLines
    .find((line) => line.key === 'list-unsubscribe')
    ?.line.slice('list-unsubscribe'.length + 1)
    .trim();
const addressesOf = (mail: ParsedMail) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((field) => field.value.map((entry) => entry.address));

/**
 * Two weeks after a letter the system sent, its writer is asked once whether the office replied (WriteToThem's
 * question); the answers are counted per target. Real PostgreSQL, Redis, worker and SMTP sink; the app's clock runs
 * in real time and the test moves it forward by days.
 */
describe('"did you get a reply?": asked of writers two weeks after their letters went, counted per target', () => {
  let sink: SmtpSink;
  let testApp: TestApp;
  let clock: TestClock;
  let http: ReturnType<typeof httpClient>;
  let staff: ReturnType<typeof httpClient>;
  let actionId: string;
  let ministerId: string;
  let embassyId: string;
  const queuePrefix = `uatest-replyq-${randomBytes(4).toString('hex')}`;
  const tag = randomBytes(3).toString('hex');
  const ana = `ana-${tag}@example.net`;
  const bo = `bo-${tag}@example.net`;
  const cy = `cy-${tag}@example.net`;
  const dee = `dee-${tag}@example.net`;
  const eve = `eve-${tag}@example.net`;

  const questionsTo = (address: string) =>
    sink.messages.filter((mail) => mail.subject === QUESTION_SUBJECT && addressesOf(mail).includes(address));
  const askNow = async () => {
    const report = await testApp.get(AskWritersAboutReplies).run();
    await waitUntilSettled(testApp);
    return report;
  };
  /** The answer token the mail gives for its letter to `targetName`. */
  const tokenFor = (mail: ParsedMail, targetName: string): string => {
    const block = (mail.text ?? '').split('\n\n').find((part) => part.includes(`letter to ${targetName}`)) ?? '';
    const [first] = [...block.matchAll(ANSWER_LINK)];
    if (!first) throw new Error(`no answer link for ${targetName} in ${mail.text}`);
    return first[1];
  };
  const answersOf = async () => {
    const figures = await staff.get(`/api/actions/${actionId}/figures`);
    expect(figures.status).toBe(200);
    return Object.fromEntries(figures.body.byTarget.map((row: { name: string; writerAnswers: object }) => [row.name, row.writerAnswers]));
  };
  const answer = (token: string, value: string) =>
    fetch(`${testApp.baseUrl}/my/replies/${token}?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: new URLSearchParams({ answer: value }),
    });

  beforeAll(async () => {
    sink = await startSmtpSink();
    clock = TestClock.running();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: sink.url,
        QUEUE_PREFIX: queuePrefix,
        RUN_WORKER: 'true',
        RUN_SCHEDULER: 'false',
        MAIL_RETRY_DELAY_MS: '10',
        MAIL_RATE_PER_SECOND: '2000',
        PUBLIC_URL: 'https://appeals.example.org',
        TARGET_MESSAGES_PER_HOUR: '3600',
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      },
      clock,
    });
    http = httpClient(testApp.baseUrl);
    staff = await staffClient(testApp, 'admin');
    const deadline = new Date(Date.now() + 30 * DAY).toISOString().slice(0, 10);
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 90/31',
        appealDeadline: deadline,
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
          },
          { role: 'copy', target: { name: 'Invented Embassy', kind: 'embassy', country: 'GB', email: 'embassy@invented.example.org' } },
        ],
      }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    [ministerId, embassyId] = created.body.targets.map((link: { target: { id: string } }) => link.target.id);
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);

    // Cy signed up once, then unsubscribed from everything: she is never asked.
    const dataSource = testApp.get(DataSource);
    const [{ id: cyId }] = await dataSource.query(
      `INSERT INTO supporter ("email", "name", "lastActiveAt", "confirmedAt") VALUES ($1, 'Cy', now(), now()) RETURNING "id"`,
      [cy],
    );
    await dataSource.query(
      `INSERT INTO subscription ("supporterId", "actionId", "confirmedAt", "unsubscribedAt") VALUES ($1, NULL, now(), now())`,
      [cyId],
    );

    const letter = (email: string, targetId: string) =>
      sendConfirmed(http, sink, actionId, {
        name: email.split('@')[0],
        email,
        targetId,
        channel: 'email',
        language: 'en',
        city: 'Lyon',
        country: 'FR',
      });
    await letter(ana, ministerId);
    await letter(ana, embassyId);
    await letter(bo, ministerId);
    await letter(cy, ministerId);
    // Dee posted her letter herself: the system sent nothing in her name.
    expect(
      (await http.post(`/api/actions/${actionId}/letters/record`, { targetId: ministerId, channel: 'post', name: 'Dee', email: dee }))
        .status,
    ).toBe(201);
    await waitUntilSettled(testApp);
    const [{ sent }] = await dataSource.query(
      `SELECT count(*)::int AS "sent" FROM notification_outbox WHERE "kind" = 'target message' AND "status" = 'sent'`,
    );
    expect(sent).toBe(4);
  }, 120_000);

  afterAll(async () => {
    await testApp?.close();
    await flushQueueKeys(queuePrefix);
    await sink?.close();
  });

  it('asks nobody before two weeks have passed', async () => {
    clock.advance(14 * DAY - HOUR);
    expect(await askNow()).toEqual({ writersAsked: 0, lettersAskedAbout: 0, optedOut: 0 });
    expect(sink.messages.filter((mail) => mail.subject === QUESTION_SUBJECT)).toHaveLength(0);
  });

  it('asks each writer once, in one mail listing their letters, and never a writer who unsubscribed or sent the letter herself', async () => {
    clock.advance(2 * HOUR);
    expect(await askNow()).toEqual({ writersAsked: 2, lettersAskedAbout: 3, optedOut: 0 });
    expect(await askNow()).toEqual({ writersAsked: 0, lettersAskedAbout: 0, optedOut: 0 });
    clock.advance(8 * DAY);
    expect(await askNow()).toEqual({ writersAsked: 0, lettersAskedAbout: 0, optedOut: 0 });

    expect(questionsTo(ana)).toHaveLength(1);
    expect(questionsTo(bo)).toHaveLength(1);
    expect(questionsTo(cy)).toHaveLength(0);
    expect(questionsTo(dee)).toHaveLength(0);
    const [mail] = questionsTo(ana);
    expect(mail.text).toContain('Your letter to Invented Minister about UA 90/31: Invented case for tests');
    expect(mail.text).toContain('Your letter to Invented Embassy about UA 90/31');
    expect([...(mail.text ?? '').matchAll(ANSWER_LINK)].map((match) => match[2])).toEqual([
      'yes',
      'no',
      'not-expected',
      'yes',
      'no',
      'not-expected',
    ]);
    expect(mail.text).toContain('https://appeals.example.org/my/replies/');
    // The answer page opens in the mail's language, whatever the browser asks for.
    expect((mail.text ?? '').match(/\/my\/replies\/[^\s]+/g)?.every((link) => link.endsWith('&lang=en'))).toBe(true);
    // One click stops the questions (RFC 8058), and the link names no address.
    expect(unsubscribeHeaderOf(mail)).toMatch(/^<https:\/\/appeals\.example\.org\/api\/unsubscribe\/[^@]+>$/);
    // Once gone, the mail's words (and so its answer links) are not kept.
    const [kept] = await testApp
      .get(DataSource)
      .query(
        `SELECT c."textBody" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE o."kind" = 'reply question' AND o."recipient" = $1`,
        [ana],
      );
    expect(kept.textBody).toBe('');
  });

  it('shows the question on GET without recording anything, and counts yes, no and not expected per target on POST', async () => {
    const [anaMail] = questionsTo(ana);
    const [boMail] = questionsTo(bo);
    const anaMinister = tokenFor(anaMail, 'Invented Minister');
    const page = await fetch(`${testApp.baseUrl}/my/replies/${anaMinister}?answer=yes&lang=en`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Your letter to Invented Minister about UA 90/31: Invented case for tests');
    expect(html).toContain('Yes, I got a reply');
    expect(html).toContain('I did not expect one');
    // A link scanner opening every link answers nothing.
    for (const [, token, value] of [...(anaMail.text ?? '').matchAll(ANSWER_LINK)]) {
      expect((await fetch(`${testApp.baseUrl}/my/replies/${token}?answer=${value}`)).status).toBe(200);
    }
    const none = { yes: 0, no: 0, notExpected: 0 };
    expect(await answersOf()).toEqual({ 'Invented Minister': none, 'Invented Embassy': none });

    expect((await answer(anaMinister, 'yes')).status).toBe(200);
    expect((await answer(tokenFor(anaMail, 'Invented Embassy'), 'no')).status).toBe(200);
    const boAnswered = await answer(tokenFor(boMail, 'Invented Minister'), 'not expected');
    expect(boAnswered.status).toBe(200);
    expect(await boAnswered.text()).toContain('Thank you: your answer is recorded.');
    expect(await answersOf()).toEqual({
      'Invented Minister': { yes: 1, no: 0, notExpected: 1 },
      'Invented Embassy': { yes: 0, no: 1, notExpected: 0 },
    });
  });

  it('changes the answer when a writer answers again, never counting it twice', async () => {
    const anaMinister = tokenFor(questionsTo(ana)[0], 'Invented Minister');
    expect((await answer(anaMinister, 'no')).status).toBe(200);
    expect((await answer(anaMinister, 'no')).status).toBe(200);
    expect(await answersOf()).toEqual({
      'Invented Minister': { yes: 0, no: 1, notExpected: 1 },
      'Invented Embassy': { yes: 0, no: 1, notExpected: 0 },
    });
    const page = await (await fetch(`${testApp.baseUrl}/my/replies/${anaMinister}?lang=en`)).text();
    expect(page).toContain('Your answer: No reply. You can change it.');
  });

  it('refuses a bad answer (400), a tampered link (400), a letter no longer on record (404) and an expired link (410), naming the field', async () => {
    const anaMinister = tokenFor(questionsTo(ana)[0], 'Invented Minister');
    const refusals: [Response, number][] = [
      [await answer(anaMinister, 'maybe'), 400],
      [await answer(`${anaMinister.slice(0, -2)}xx`, 'yes'), 400],
      [await fetch(`${testApp.baseUrl}/my/replies/not-a-token`), 400],
      [
        await fetch(
          `${testApp.baseUrl}/my/replies/${testApp.get(SignedLinks).sign('answer-reply-question', '00000000-0000-4000-8000-000000000009', DAY)}`,
        ),
        404,
      ],
      [
        await fetch(
          `${testApp.baseUrl}/my/replies/${testApp.get(SignedLinks).sign('confirm-letters', '00000000-0000-4000-8000-000000000009', DAY)}`,
        ),
        400,
      ],
    ];
    expect(refusals.map(([response]) => response.status)).toEqual(refusals.map(([, status]) => status));
    expect(await refusals[0][0].text()).toContain('answer');
    clock.advance(61 * DAY);
    const expired = await answer(anaMinister, 'yes');
    expect(expired.status).toBe(410);
    expect(await expired.text()).toContain('This link has expired');
    clock.advance(-61 * DAY);
    expect((await answersOf())['Invented Minister']).toEqual({ yes: 0, no: 1, notExpected: 1 });
  });

  it('asks no more of a writer who used the one-click link, about later letters too; nor about a letter gone six weeks ago', async () => {
    const [boMail] = questionsTo(bo);
    const unsubscribe = String(unsubscribeHeaderOf(boMail)).slice(1, -1).replace('https://appeals.example.org', testApp.baseUrl);
    expect((await fetch(unsubscribe, { method: 'POST' })).status).toBe(200);
    const later = (email: string) =>
      sendConfirmed(http, sink, actionId, { name: email.split('@')[0], email, targetId: embassyId, channel: 'email', language: 'en' });
    await later(bo);
    await later(dee);
    const { body: old } = await later(eve);
    await waitUntilSettled(testApp);
    // Eve's letter went before the question existed (or while no worker ran): too old to ask about now.
    await testApp
      .get(DataSource)
      .query(`UPDATE notification_outbox SET "settledAt" = "settledAt" - interval '30 days' WHERE "appealRecordId" = $1`, [
        old.appealRecordId,
      ]);
    clock.advance(15 * DAY);
    expect(await askNow()).toEqual({ writersAsked: 1, lettersAskedAbout: 1, optedOut: 1 });
    expect(questionsTo(bo)).toHaveLength(1);
    expect(questionsTo(dee)).toHaveLength(1);
    expect(questionsTo(eve)).toHaveLength(0);
  });

  describe('in a real browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('a writer opens the answer link in Korean, sees the letter and three buttons, and records their answer with one', async () => {
      const token = tokenFor(questionsTo(ana)[0], 'Invented Embassy');
      const context = await browser.newContext({ locale: 'ko-KR' });
      const page = await context.newPage();
      await page.goto(`${testApp.baseUrl}/my/replies/${token}?answer=yes`);
      await expect(page.locator('h1').textContent()).resolves.toBe('답장을 받으셨나요?');
      await expect(page.locator('.reply-letter').textContent()).resolves.toContain('Invented Embassy');
      await expect(page.getByRole('button').allTextContents()).resolves.toEqual([
        '네, 답장을 받았습니다',
        '답장이 없습니다',
        '답장을 기대하지 않았습니다',
      ]);
      await expect(page.locator('button.chosen').textContent()).resolves.toBe('네, 답장을 받았습니다');
      await page.getByRole('button', { name: '네, 답장을 받았습니다' }).click();
      await expect(page.locator('.reply-answered').textContent()).resolves.toBe('감사합니다. 답이 기록되었습니다.');
      await context.close();
      expect((await answersOf())['Invented Embassy']).toEqual({ yes: 1, no: 0, notExpected: 0 });
    });

    it('staff see the writers’ answers per target beside the response rate', async () => {
      const context = await staffBrowserContext(testApp, browser);
      const page = await context.newPage();
      await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
      const minister = page.locator('table.per-target tr', { hasText: 'Invented Minister' });
      await expect(minister.locator('.response-rate').textContent()).resolves.toBe('0%');
      await expect(minister.locator('.writer-answers').textContent()).resolves.toBe('0 · 1 · 1');
      await expect(minister.locator('.writer-answers').getAttribute('title')).resolves.toBe('yes 0 · no 1 · not expected 1');
      await expect(
        page.locator('table.per-target tr', { hasText: 'Invented Embassy' }).locator('.writer-answers').textContent(),
      ).resolves.toBe('1 · 0 · 0');
      await context.close();
    });
  });
});
