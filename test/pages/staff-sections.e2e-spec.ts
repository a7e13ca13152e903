import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import type { UserAccount } from '../../src/accounts/user-account.entity';
import { LetterTemplate } from '../../src/letters/letter-template.entity';
import { Section } from '../../src/sections/section.entity';
import { coordinatorClient, signedInUser, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { inventedAction, seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');

/** Ten days before seed 003's deadline (10 April 2012, midnight in London). */
const NOW = new Date('2012-03-30T09:00:00Z');
const SEED_TITLE = 'Fears for forcibly returned North Koreans';
const HTML = { accept: 'text/html,application/xhtml+xml' };
/** Intl puts narrow no-break spaces before AM/PM; compare text with plain spaces. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

describe('the staff sections page: settings, coming reminders, translations to approve and local targets', () => {
  let testApp: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let editor: UserAccount;
  let seoul: Section;
  let paris: Section;
  let seedId: string;
  let draftId: string;

  async function signedInContext(user: UserAccount, viewport = { width: 1100, height: 900 }): Promise<BrowserContext> {
    const { token } = await testApp.get(AuthService).startSession({ user });
    const browserContext = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'America/New_York' });
    await browserContext.addCookies([
      { name: SESSION_COOKIE, value: token, url: testApp.baseUrl, httpOnly: true, sameSite: 'Lax' },
      { name: CSRF_COOKIE, value: testApp.get(TokenHasher).csrfTokenFor(token), url: testApp.baseUrl, sameSite: 'Lax' },
    ]);
    return browserContext;
  }

  beforeAll(async () => {
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
    paris = await sections.save({
      code: 'FR-T',
      country: 'FR',
      name: 'Invented Paris section',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@paris.example.org',
      reminderDaysBefore: [3, 2],
    });
    const staff = await staffClient(testApp, 'editor');
    const seed = await staff.post('/api/actions', seed003Action());
    expect(seed.status).toBe(201);
    seedId = seed.body.id;
    expect((await staff.post(`/api/actions/${seedId}/publish`)).status).toBe(200);
    const draft = await staff.post('/api/actions', inventedAction({ title: 'Invented draft still being translated' }));
    expect(draft.status).toBe(201);
    draftId = draft.body.id;

    const office = await coordinatorClient(testApp, seoul.id);
    const translation = await office.put(`/api/sections/${seoul.id}/actions/${seedId}/letter-templates/ko`, {
      paragraphs: [['즉시 석방을 요청합니다.']],
    });
    expect(translation.status).toBe(200);
    const localTarget = (actionId: string, name: string) =>
      office.post(`/api/sections/${seoul.id}/actions/${actionId}/targets`, {
        role: 'copy',
        target: { name, kind: 'embassy', country: 'KR' },
      });
    for (const [actionId, name] of [
      [seedId, 'Invented Ambassador'],
      [seedId, 'Invented Consul'],
      [draftId, 'Invented Envoy'],
    ]) {
      expect((await localTarget(actionId, name)).status).toBe(201);
    }

    browser = await launchBrowser();
    editor = (await signedInUser(testApp, 'editor')).user;
    context = await signedInContext(editor);
  }, 240_000);

  beforeEach(async () => {
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });

  afterEach(() => page?.close());

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await testApp?.close();
  });

  it('lists every section with its settings, and the reminders its office gets next at 09:00 in the section’s own time zone', async () => {
    await page.goto(`${testApp.baseUrl}/staff/sections?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('Sections of the network');
    await expect(page.locator('tbody th').allTextContents()).resolves.toEqual([
      expect.stringContaining('FR-T · Invented Paris section'),
      expect.stringContaining('KR-T · Invented Seoul section'),
    ]);

    const seoulBlock = page.locator(`#section-${seoul.id}`);
    await expect(seoulBlock.locator('h2').textContent()).resolves.toBe('KR-T · Invented Seoul section');
    const facts = plain(await seoulBlock.locator('.staff-section-facts').textContent());
    for (const fact of [
      'KR',
      'Korean',
      'Asia/Seoul',
      'ua@seoul.example.org',
      'urgent@seoul.example.org',
      '7 days before, 2 days before, on the last day',
    ]) {
      expect(facts).toContain(fact);
    }

    // Seven and two days before the last day in Seoul (10 April), at 09:00 there; on the day, 09:00 comes after the deadline (08:00 in Seoul).
    const seoulReminders = seoulBlock.locator('.staff-section-reminders li');
    const seoulTexts = (await seoulReminders.allTextContents()).map(plain);
    expect(seoulTexts).toHaveLength(2);
    expect(seoulTexts[0]).toContain(`Tuesday, April 3, 2012 at 9:00 AM (Asia/Seoul): ${SEED_TITLE} (7 days before)`);
    expect(seoulTexts[0]).toContain('to ua@seoul.example.org, urgent@seoul.example.org');
    expect(seoulTexts[1]).toContain('Sunday, April 8, 2012 at 9:00 AM (Asia/Seoul)');
    await expect(seoulReminders.first().locator('time').getAttribute('datetime')).resolves.toBe('2012-04-03T00:00:00.000Z');

    // Paris reads the same deadline as 01:00 on 10 April: its reminders fall on 7 and 8 April, 09:00 Paris time. The draft gets none.
    const parisReminders = page.locator(`#section-${paris.id} .staff-section-reminders li`);
    const parisTexts = (await parisReminders.allTextContents()).map(plain);
    expect(parisTexts).toEqual([
      expect.stringContaining(`Saturday, April 7, 2012 at 9:00 AM (Europe/Paris): ${SEED_TITLE} (3 days before)`),
      expect.stringContaining(`Sunday, April 8, 2012 at 9:00 AM (Europe/Paris): ${SEED_TITLE} (2 days before)`),
    ]);
    await expect(parisReminders.first().locator('time').getAttribute('datetime')).resolves.toBe('2012-04-07T07:00:00.000Z');

    const seoulRow = page.locator('tbody tr', { has: page.locator('th', { hasText: 'KR-T' }) });
    expect(plain(await seoulRow.locator('td').first().textContent())).toBe('Tuesday, April 3, 2012 at 9:00 AM (Asia/Seoul)');
  });

  it('counts the local targets each section added per action, and shows a translation waiting, then approved from the page', async () => {
    await page.goto(`${testApp.baseUrl}/staff/sections?lang=en`);
    const seoulBlock = page.locator(`#section-${seoul.id}`);
    const rows = seoulBlock.locator('.staff-section-action');
    await expect(rows.locator('td:first-child a').allTextContents()).resolves.toEqual([
      SEED_TITLE,
      'Invented draft still being translated',
    ]);
    await expect(rows.locator('.staff-section-local-targets').allTextContents()).resolves.toEqual(['2', '1']);
    await expect(page.locator(`#section-${paris.id}`).textContent()).resolves.toContain(
      'No translation or local target yet for the actions ahead.',
    );
    await expect(page.locator('.staff-sections-waiting').textContent()).resolves.toBe('Translations waiting for approval: 1');

    const korean = rows.first().locator('.staff-section-translations li', { hasText: 'Korean' });
    expect(plain(await korean.textContent())).toContain('Korean: Waiting for approval');
    await korean.getByRole('link', { name: 'Read it' }).click();
    await page.waitForURL(`**/office/sections/${seoul.id}/actions/${seedId}/letters/ko?lang=en`);
    await expect(page.getByLabel('Body').inputValue()).resolves.toBe('즉시 석방을 요청합니다.');
    await page.goBack();
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-sections.png'), fullPage: true });

    await korean.getByRole('button', { name: 'Approve' }).click();
    // Back on this page, not the action's letters page where the same button also is.
    await page.waitForURL(`**/staff/sections?approved=1&lang=en`);
    await expect(page.locator('.done').textContent()).resolves.toContain('The translation is approved');
    const approved = await testApp
      .get(DataSource)
      .getRepository(LetterTemplate)
      .findOneOrFail({ where: { action: { id: seedId }, section: { id: seoul.id }, language: 'ko' } });
    expect(approved.approvedById).toBe(editor.id);

    // 09:00 UTC is 18:00 in Seoul.
    expect(plain(await korean.textContent())).toBe(`Korean: Approved by ${editor.name} on Friday, March 30, 2012 at 6:00 PM (Asia/Seoul)`);
    await expect(korean.getByRole('button', { name: 'Approve' }).count()).resolves.toBe(0);
    await expect(page.locator('.staff-sections-waiting').count()).resolves.toBe(0);
  });

  it('fits a phone screen without the page scrolling sideways', async () => {
    const phone = await signedInContext(editor, { width: 390, height: 844 });
    try {
      const phonePage = await phone.newPage();
      await phonePage.goto(`${testApp.baseUrl}/staff/sections?lang=en`);
      await expect(phonePage.locator(`#section-${seoul.id} h2`).isVisible()).resolves.toBe(true);
      await expect(phonePage.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(390);
    } finally {
      await phone.close();
    }
  });

  it('speaks Korean', async () => {
    await page.goto(`${testApp.baseUrl}/staff/sections?lang=ko`);
    await expect(page.locator('h1').textContent()).resolves.toBe('네트워크의 지부');
    await expect(page.locator(`#section-${seoul.id} h3`).first().textContent()).resolves.toBe('다음 마감 알림');
    await expect(page.locator(`#section-${seoul.id} .staff-section-reminders li`).first().textContent()).resolves.toContain('(Asia/Seoul)');
  });

  it('refuses a coordinator, in the browser and through the API, and sends a visitor to sign in', async () => {
    const { user } = await signedInUser(testApp, 'coordinator', seoul.id);
    const { token } = await testApp.get(AuthService).startSession({ user });
    const refused = await fetch(`${testApp.baseUrl}/staff/sections?lang=en`, {
      headers: { ...HTML, cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(refused.status).toBe(403);
    const body = await refused.text();
    expect(body).toContain('Not for your account');
    expect(body).not.toContain('Invented Paris section');
    expect((await (await coordinatorClient(testApp, seoul.id)).get('/staff/sections')).status).toBe(403);

    const anonymous = await fetch(`${testApp.baseUrl}/staff/sections?lang=en`, { redirect: 'manual', headers: HTML });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/staff/sign-in?lang=en&next=%2Fstaff%2Fsections%3Flang%3Den');
  });
});
