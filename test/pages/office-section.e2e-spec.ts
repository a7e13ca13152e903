import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { ActionTarget } from '../../src/actions/action-target.entity';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { AppealFiguresService } from '../../src/figures/appeal-figures.service';
import { LetterTemplate } from '../../src/letters/letter-template.entity';
import { Section } from '../../src/sections/section.entity';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { coordinatorClient, signedInUser, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { inventedAction, seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
/** Ten days before seed 003's deadline (10 April 2012, London). */
const NOW = new Date('2012-03-30T09:00:00Z');
/** Intl puts narrow no-break spaces before AM/PM; compare text with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

describe('a section coordinator’s office page in a real browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let seedId: string;
  let seoul: Section;
  let other: Section;

  /** A browser signed in as a new coordinator of this section (or staff member), with the session cookie the sign-in form would set. */
  async function coordinatorBrowser(sectionId: string, role: 'coordinator' | 'editor' = 'coordinator'): Promise<BrowserContext> {
    const { user } = await signedInUser(testApp, role, role === 'coordinator' ? sectionId : undefined);
    const { token } = await testApp.get(AuthService).startSession({ user });
    const browserContext = await browser.newContext({
      viewport: { width: 1100, height: 900 },
      locale: 'en-GB',
      timezoneId: 'America/New_York',
    });
    const url = testApp.baseUrl;
    await browserContext.addCookies([
      { name: SESSION_COOKIE, value: token, url, httpOnly: true, sameSite: 'Lax' },
      { name: CSRF_COOKIE, value: testApp.get(TokenHasher).csrfTokenFor(token), url, sameSite: 'Lax' },
    ]);
    return browserContext;
  }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    const sections = testApp.get(DataSource).getRepository(Section);
    seoul = await sections.save({
      code: 'KR-T',
      country: 'KR',
      name: 'Invented Seoul section',
      languages: ['ko'],
      timeZone: 'Asia/Seoul',
      contactEmail: 'ua@seoul.example.org',
      reminderEmails: ['urgent@seoul.example.org'],
      reminderDaysBefore: [7, 2, 0],
    });
    other = await sections.save({
      code: 'FR-T',
      country: 'FR',
      name: 'Invented Paris section',
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@paris.example.org',
    });
    const staff = await staffClient(testApp, 'editor');
    const seed = await staff.post('/api/actions', seed003Action());
    expect(seed.status).toBe(201);
    seedId = seed.body.id;
    expect((await staff.post(`/api/actions/${seedId}/publish`)).status).toBe(200);
    const closed = await staff.post('/api/actions', inventedAction({ title: 'Deadline long gone', appealDeadline: '2012-03-01' }));
    expect(closed.status).toBe(201);
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .insert({ action: { id: seedId }, channel: AppealChannel.Email, letterCount: 40, sentAt: NOW });
    browser = await launchBrowser();
    context = await coordinatorBrowser(seoul.id);
  }, 240_000);

  beforeEach(async () => {
    page = await context.newPage();
  });

  afterEach(() => page?.close());

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await testApp?.close();
  });

  it('takes the coordinator to their own section, with deadlines and reminders in the section’s time zone', async () => {
    await page.goto(`${testApp.baseUrl}/office?lang=en`);
    await page.waitForURL(`**/office/sections/${seoul.id}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Invented Seoul section');
    const rows = page.locator('.office-action');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().locator('th a').textContent()).resolves.toBe('Fears for forcibly returned North Koreans');
    // Midnight starting 10 April in London is 8 in the morning in Seoul.
    expect(plain(await rows.first().locator('time').textContent())).toBe('Tuesday, April 10, 2012 at 8:00 AM (Asia/Seoul)');
    await expect(rows.first().textContent()).resolves.toContain('40 in all, 0 from your section');
    const reminders = (await page.locator('.office-reminder').allTextContents()).map(plain);
    // Seven and two days before the last day in Seoul, at 09:00 there; 09:00 "on the day" would come after the deadline itself.
    expect(reminders).toHaveLength(2);
    expect(reminders[0]).toContain(
      'Tuesday, April 3, 2012 at 9:00 AM (Asia/Seoul): Fears for forcibly returned North Koreans (7 days before)',
    );
    expect(reminders[1]).toContain('Sunday, April 8, 2012 at 9:00 AM (Asia/Seoul)');
    expect(reminders[1]).toContain('ua@seoul.example.org, urgent@seoul.example.org');
    await expect(page.content()).resolves.not.toContain('Invented Paris section');
  });

  it('refuses another section’s office page, in the browser and through the API', async () => {
    const refused = await page.goto(`${testApp.baseUrl}/office/sections/${other.id}?lang=en`);
    expect(refused?.status()).toBe(403);
    await expect(page.content()).resolves.not.toContain('Invented Paris section');
    const refusedAction = await page.goto(`${testApp.baseUrl}/office/sections/${other.id}/actions/${seedId}`);
    expect(refusedAction?.status()).toBe(403);
    const api = await coordinatorClient(testApp, seoul.id);
    expect((await api.get(`/office/sections/${other.id}`)).status).toBe(403);
    expect(
      (await api.post(`/office/sections/${other.id}/actions/${seedId}/appeal-reports`, { letterCount: 5, sentOn: '2012-03-29' })).status,
    ).toBe(403);
    expect((await api.get(`/office/sections/${seoul.id}`)).status).toBe(200);
    const anonymous = await fetch(`${testApp.baseUrl}/office/sections/${seoul.id}`);
    expect(anonymous.status).toBe(401);
    const home = await fetch(`${testApp.baseUrl}/office`, { redirect: 'manual' });
    expect(home.headers.get('location')).toBe('/staff/sign-in?lang=en');
  });

  it('adds a local target for the section’s members, with the form’s errors named', async () => {
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}/actions/${seedId}?lang=en`);
    await expect(page.locator('#local-targets').textContent()).resolves.toContain('Your section has added no local target');
    await page.getByLabel('Role').selectOption('copy');
    await page.getByLabel('Name', { exact: true }).fill('Invented Ambassador');
    await page.getByLabel('Title', { exact: true }).fill('Ambassador of an invented state in Seoul');
    await page.getByLabel('Kind').selectOption('embassy');
    await page.getByLabel('Country (two letters)').fill('XX');
    await page.getByRole('button', { name: 'Add the target' }).click();
    await expect(page.locator('#local-targets .problem').textContent()).resolves.toContain('country');
    await page.getByLabel('Country (two letters)').fill('KR');
    await page.getByRole('button', { name: 'Add the target' }).click();
    await page.waitForURL('**done=target*');
    await expect(page.locator('.office-targets .target').textContent()).resolves.toContain('Invented Ambassador');
    const links = await testApp
      .get(DataSource)
      .getRepository(ActionTarget)
      .find({ where: { action: { id: seedId }, section: { id: seoul.id } } });
    expect(links.map((link) => [link.target.name, link.role])).toEqual([['Invented Ambassador', 'copy']]);
  });

  it('saves the section’s Korean translation of the letter', async () => {
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}/actions/${seedId}?lang=en`);
    const korean = page.locator('.office-translations li', { hasText: 'Korean' });
    await expect(korean.textContent()).resolves.toContain('not yet translated');
    await korean.locator('a').click();
    await page.getByLabel('Subject line').fill('긴급 탄원: {{action.title}}');
    await page
      .getByLabel('Body')
      .fill('{{list subjectNames}}에 관해 편지를 씁니다.\n{{list subjectNames}}에 대해 씁니다.\n\n즉시 석방을 요청합니다.');
    await page.getByRole('button', { name: 'Save the translation' }).click();
    await page.waitForURL('**/letters/ko?lang=en&saved=1');
    await expect(page.locator('.done').textContent()).resolves.toBe('The translation is saved.');
    const saved = await testApp
      .get(DataSource)
      .getRepository(LetterTemplate)
      .findOneOrFail({ where: { action: { id: seedId }, section: { id: seoul.id }, language: 'ko' } });
    expect(saved.paragraphs).toEqual([
      ['{{list subjectNames}}에 관해 편지를 씁니다.', '{{list subjectNames}}에 대해 씁니다.'],
      ['즉시 석방을 요청합니다.'],
    ]);
    expect(saved.subjectLine).toBe('긴급 탄원: {{action.title}}');
    expect(saved.closing).toBeNull();
    // The form reads back what was saved, alternatives and all.
    await expect(page.getByLabel('Body').inputValue()).resolves.toContain('에 대해 씁니다.\n\n즉시');
    await expect(page.locator('.office-approval').textContent()).resolves.toContain('Waiting for staff approval');
  });

  it('lets staff approve the translation from the action’s letters page, which the office page then says', async () => {
    const staffContext = await coordinatorBrowser(seoul.id, 'editor');
    const staffPage = await staffContext.newPage();
    try {
      await staffPage.goto(`${testApp.baseUrl}/staff/actions/${seedId}/letters?lang=en`);
      const waiting = staffPage.locator('.staff-waiting li', { hasText: 'Invented Seoul section' });
      await expect(waiting.textContent()).resolves.toContain('Korean');
      await waiting.getByRole('button', { name: 'Approve' }).click();
      await staffPage.waitForURL('**/letters?approved=1&lang=en');
      await expect(staffPage.locator('.done').textContent()).resolves.toContain('The translation is approved');
      await expect(staffPage.locator('.staff-waiting').count()).resolves.toBe(0);
    } finally {
      await staffContext.close();
    }
    const saved = await testApp
      .get(DataSource)
      .getRepository(LetterTemplate)
      .findOneOrFail({ where: { action: { id: seedId }, section: { id: seoul.id }, language: 'ko' } });
    expect(saved.approvedAt).toEqual(NOW);
    expect(saved.approvedById).toEqual(expect.any(String));
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}/actions/${seedId}/letters/ko?lang=en`);
    await expect(page.locator('.office-approval').textContent().then(plain)).resolves.toContain(
      'Approved on Friday, March 30, 2012 at 6:00 PM (Asia/Seoul)',
    );
  });

  it('reports letters sent on paper, which join the same totals', async () => {
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}/actions/${seedId}?lang=en`);
    await expect(page.getByLabel('Day they were sent (Asia/Seoul)').inputValue()).resolves.toBe('2012-03-30');
    await page.getByLabel('Number of letters').fill('120');
    await page.getByLabel('Day they were sent (Asia/Seoul)').fill('2012-03-28');
    await page.getByLabel('Sent by').selectOption('fax');
    await page.getByRole('button', { name: 'Report the letters' }).click();
    await page.waitForURL('**done=report*');
    await expect(page.locator('.office-letters').textContent()).resolves.toBe('160 in all, 120 from your section');
    const figures = await testApp.get(AppealFiguresService).forAction(seedId);
    expect(figures.total).toBe(160);
    expect(figures.bySection).toContainEqual({ sectionId: seoul.id, code: 'KR-T', letters: 120 });
    expect(figures.byChannel).toContainEqual({ channel: 'fax', letters: 120 });

    await page.getByLabel('Number of letters').fill('5');
    await page.getByLabel('Day they were sent (Asia/Seoul)').fill('2012-04-02');
    await page.getByRole('button', { name: 'Report the letters' }).click();
    // The date field's max stops the browser from sending a day ahead; past that, the server refuses it too.
    expect(page.url()).toContain('done=report');
    await page.locator('#report-day').evaluate((input) => input.removeAttribute('max'));
    await page.getByRole('button', { name: 'Report the letters' }).click();
    await expect(page.locator('#paper-letters .problem').textContent()).resolves.toContain('sentOn 2012-04-02 is in the future');
    expect((await testApp.get(AppealFiguresService).forAction(seedId)).total).toBe(160);
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}?lang=en`);
    await page.screenshot({ path: join(SCREENSHOTS, 'office.png'), fullPage: true });
  });

  it('speaks Korean', async () => {
    await page.goto(`${testApp.baseUrl}/office/sections/${seoul.id}?lang=ko`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.locator('#office-actions').textContent()).resolves.toBe('마감이 남은 긴급행동');
  });

  it('refuses a form posted without the session’s CSRF token', async () => {
    const { user } = await signedInUser(testApp, 'coordinator', seoul.id);
    const { token } = await testApp.get(AuthService).startSession({ user });
    const response = await fetch(`${testApp.baseUrl}/office/sections/${seoul.id}/actions/${seedId}/appeal-reports`, {
      method: 'POST',
      headers: { cookie: `${SESSION_COOKIE}=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ letterCount: '3', sentOn: '2012-03-29', _csrf: 'forged' }).toString(),
    });
    expect(response.status).toBe(403);
    expect((await testApp.get(AppealFiguresService).forAction(seedId)).total).toBe(160);
  });
});
