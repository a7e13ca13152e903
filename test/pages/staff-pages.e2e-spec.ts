import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { UsersService } from '../../src/accounts/users.service';
import { seed003Text } from '../support/seed-documents';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';

/** What a browser sends on a navigation or a form post; the staff pages answer scripts with JSON instead. */
const HTML = { accept: 'text/html,application/xhtml+xml' };
const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
const EDITOR = { email: 'editor@staff.example.org', password: 'correct horse battery staple' };

describe('staff pages: sign in, create, publish and update an action, in a real browser', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let browser: Browser;
  let page: Page;
  let actionId: string;

  const signIn = async () => {
    await page.goto(`${testApp.baseUrl}/staff?lang=en`);
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill(EDITOR.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { PAGE_CACHE_MS: '0' });
    await testApp.get(UsersService).create({ ...EDITOR, name: 'Eun-ji Editor', role: 'editor' });
    const api = await staffClient(testApp, 'admin');
    const minister = await api.post('/api/targets', {
      name: 'Invented Minister of Justice',
      kind: 'minister',
      country: 'FR',
      email: 'minister@example.org',
    });
    expect(minister.status).toBe(201);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 1000 } });
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
    await sink?.close();
  });

  it('sends a visitor who is not signed in to the sign-in page, and says so when the password is wrong', async () => {
    const anonymous = await fetch(`${testApp.baseUrl}/staff/actions/new?lang=en`, { redirect: 'manual', headers: HTML });
    expect(anonymous.status).toBe(303);
    expect(anonymous.headers.get('location')).toBe('/staff/sign-in?lang=en&next=%2Fstaff%2Factions%2Fnew%3Flang%3Den');

    await page.goto(`${testApp.baseUrl}/staff?lang=en`);
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await page.getByLabel('Email').fill(EDITOR.email);
    await page.getByLabel('Password').fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.locator('.problem').textContent()).resolves.toBe('Email or password is wrong.');
    await expect(page.getByLabel('Email').inputValue()).resolves.toBe(EDITOR.email);
  });

  it('creates an action through the form, showing refusals beside their fields, and publishes it', async () => {
    await signIn();
    await expect(page.locator('h1').textContent()).resolves.toBe('Actions');
    await page.getByRole('link', { name: 'New action' }).click();
    await page.getByLabel('Title', { exact: true }).fill('Invented journalist held without charge');
    await page.getByLabel('Reference').fill('UA 12/31');
    await page.getByLabel('Country (two-letter code)', { exact: true }).fill('XX');
    await page.getByLabel('Summary').fill('Test Person Beta, a journalist, was arrested on 2 January and has not been charged.');
    await page.getByLabel('Name 1').fill('Test Person Beta');
    await page.locator('#subject-0-gender').selectOption('female');
    await page.getByLabel('Name 2').fill('Test Person Gamma');
    await page.locator('#subject-1-pseudonym').check();
    await page.getByLabel('arbitrary detention').check();
    await page.getByLabel('Asks', { exact: true }).fill('Release Test Person Beta immediately.\nGuarantee her access to a lawyer.');
    await page.getByRole('textbox', { name: 'Languages' }).fill('en, ko');
    await page.getByLabel('Deadline date').fill('2031-02-10');
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByLabel('Goal (number of appeals)').fill('3500');
    await page.getByLabel('Invented Minister of Justice').selectOption('primary');
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-editor.png'), fullPage: true });
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#country-error').textContent()).resolves.toContain('country must be a valid ISO31661 Alpha2 code');
    await expect(page.getByLabel('Name 2').inputValue()).resolves.toBe('Test Person Gamma');
    await expect(page.locator('#subject-1-pseudonym').isChecked()).resolves.toBe(true);
    await page.getByLabel('Country (two-letter code)', { exact: true }).fill('FR');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('.done').textContent()).resolves.toBe('The action was saved as a draft.');
    actionId = new URL(page.url()).pathname.split('/')[3];
    const saved = await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`);
    expect(saved.body).toMatchObject({
      reference: 'UA 12/31',
      country: 'FR',
      status: 'draft',
      languages: ['en', 'ko'],
      risks: ['arbitrary detention'],
      appealGoal: 3500,
      asks: ['Release Test Person Beta immediately.', 'Guarantee her access to a lawyer.'],
      appealDeadline: '2031-02-09T23:00:00.000Z',
      appealDeadlineTimeZone: 'Europe/Paris',
    });
    expect(
      saved.body.subjects.map((subject: { name: string; gender: string; isPseudonym: boolean }) => [
        subject.name,
        subject.gender,
        subject.isPseudonym,
      ]),
    ).toEqual([
      ['Test Person Beta', 'female', false],
      ['Test Person Gamma', 'unknown', true],
    ]);
    expect(saved.body.targets.map((link: { role: string; target: { name: string } }) => [link.role, link.target.name])).toEqual([
      ['primary', 'Invented Minister of Justice'],
    ]);

    await page.getByRole('button', { name: 'Publish' }).click();
    await expect(page.locator('.done').textContent()).resolves.toBe('The action is published.');
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('Open');
  });

  it('edits the action in the same form, prefilled, and extends the deadline with an update', async () => {
    await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}/edit?lang=en`);
    await expect(page.getByLabel('Name 1').inputValue()).resolves.toBe('Test Person Beta');
    await expect(page.getByLabel('Deadline date').inputValue()).resolves.toBe('2031-02-10');
    await expect(page.getByLabel('Invented Minister of Justice').inputValue()).resolves.toBe('primary');
    await page.getByLabel('Summary').fill('Test Person Beta, a journalist, was arrested on 2 January. She has not been charged.');
    const addOnTheSpot = async (country: string) => {
      await page.locator('#new-target-name').fill('Invented Ambassador to France');
      await page.locator('#new-target-kind').selectOption('embassy');
      await page.locator('#new-target-country').fill(country);
      await page.locator('#new-target-role').selectOption('copy');
      await page.getByRole('button', { name: 'Save' }).click();
    };
    await addOnTheSpot('ZZ');
    await expect(page.locator('#targets-error').textContent()).resolves.toContain('targets[1].target.country');
    await page.getByLabel('Invented Ambassador to France (copy)').uncheck();
    await addOnTheSpot('FR');
    await expect(page.locator('.done').textContent()).resolves.toBe('Your changes were saved.');
    const edited = await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`);
    expect(edited.body.summary).toContain('She has not been charged.');
    expect(edited.body.targets.map((link: { role: string; target: { name: string } }) => [link.role, link.target.name])).toEqual([
      ['primary', 'Invented Minister of Justice'],
      ['copy', 'Invented Ambassador to France'],
    ]);

    await page.getByLabel('Kind of update').selectOption('deadline extension');
    await page.getByLabel('Update title').fill('More time to write');
    await page.getByLabel('Update text').fill('The hearing was postponed.');
    await page.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.locator('.problem').textContent()).resolves.toContain('newAppealDeadline');
    await page.getByLabel('Update title').fill('More time to write');
    await page.getByLabel('Update text').fill('The hearing was postponed.');
    await page.getByLabel('Kind of update').selectOption('deadline extension');
    await page.locator('input[name=newDeadlineDate]').fill('2031-03-01');
    await page.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.locator('.done').textContent()).resolves.toContain('The update is posted');
    const action = await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`);
    expect(action.body.appealDeadline).toBe('2031-02-28T23:00:00.000Z');
  });

  it('names the field a use case refuses beside it: a second action under a reference already in use', async () => {
    await page.goto(`${testApp.baseUrl}/staff/actions/new?lang=en`);
    await page.getByLabel('Title', { exact: true }).fill('Another action under the same reference');
    await page.getByLabel('Reference').fill('UA 12/31');
    await page.getByLabel('Country (two-letter code)', { exact: true }).fill('FR');
    await page.getByLabel('Summary').fill('Test Person Delta was arrested.');
    await page.getByLabel('Name 1').fill('Test Person Delta');
    await page.getByLabel('Asks', { exact: true }).fill('Release Test Person Delta.');
    await page.getByRole('textbox', { name: 'Languages' }).fill('en');
    await page.getByLabel('Deadline date').fill('2031-02-10');
    await page.getByLabel('Time zone').selectOption('Europe/Paris');
    await page.getByLabel('Invented Minister of Justice').selectOption('primary');
    await page.getByRole('button', { name: 'Save' }).click();

    await expect(page.locator('#reference-error').textContent()).resolves.toBe(
      `An action with reference UA 12/31 exists already (${actionId})`,
    );
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Another action under the same reference');
    const listed = await (await staffClient(testApp, 'editor')).get('/api/actions?status=draft');
    expect(JSON.stringify(listed.body)).not.toContain('Another action under the same reference');
  });

  it('posts further information, and the follow-up email reaches a supporter who follows the action', async () => {
    await waitUntilSettled(testApp);
    sink.messages.length = 0;
    const { expected } = await createAudience(testApp.get(DataSource), { actionId, subscribers: 1 });
    await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
    await page.getByLabel('Kind of update').selectOption('further information');
    await page.getByLabel('Update title').fill('Moved to a prison far from her family');
    await page.getByLabel('Update text').fill('Test Person Beta was moved on 4 January.\n\nShe still has no lawyer.');
    await page.getByRole('button', { name: 'Post the update' }).click();
    await expect(page.locator('.done').textContent()).resolves.toContain('The update is posted');

    await waitUntilSettled(testApp);
    const mail = (await waitFor('the follow-up email', () =>
      sink.messages.find((message) => (message.to as { text: string }).text === expected[0]),
    ))!;
    expect(mail.subject).toContain('UA 12/31');
    expect(mail.subject).toContain('Invented journalist held without charge');
    expect(mail.text).toContain('Test Person Beta was moved on 4 January.');
    await page.reload();
    await expect(page.locator('.staff-counts').textContent()).resolves.toMatch(/Sent\s*1\b/);
    await expect(page.locator('.timeline li').count()).resolves.toBe(2);
  });

  it('shows appeals per target and per channel, a chart of appeals over time, and the dashboard by deadline', async () => {
    const [target] = await testApp.get(DataSource).query(`SELECT "targetId" FROM action_target WHERE "actionId" = $1`, [actionId]);
    await testApp.get(DataSource).query(
      `INSERT INTO appeal_record ("actionId", "targetId", "channel", "letterCount", "sentAt") VALUES
       ($1, $2, 'email', 1, '2031-01-05T09:00:00Z'), ($1, $2, 'post', 40, '2031-01-03T12:00:00Z'), ($1, $2, 'email', 1, '2031-01-03T13:00:00Z')`,
      [actionId, target.targetId],
    );
    await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
    await expect(page.locator('.staff-chart svg rect').count()).resolves.toBe(3);
    await expect(page.locator('.staff-chart svg rect title').allTextContents()).resolves.toEqual([
      'Jan 3, 2031: 41',
      'Jan 4, 2031: 0',
      'Jan 5, 2031: 1',
    ]);
    await expect(page.locator('table:not(.forecast)', { hasText: 'Invented Minister of Justice' }).textContent()).resolves.toContain('42');
    await expect(page.getByRole('row', { name: /post/ }).textContent()).resolves.toContain('40');
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, storageState: await page.context().storageState() });
    await phone.goto(page.url());
    await phone.screenshot({ path: join(SCREENSHOTS, 'staff-action-phone.png'), fullPage: true });
    await phone.close();

    const api = await staffClient(testApp, 'editor');
    await api.post('/api/actions', {
      ...seed003Action(),
      reference: 'UA 66/12',
      appealDeadline: '2031-01-20',
      appealDeadlineTimeZone: 'Asia/Seoul',
    });
    await page.goto(`${testApp.baseUrl}/staff?lang=en`);
    await expect(
      page
        .locator('section', { has: page.locator('#group-published') })
        .locator('tbody a')
        .allTextContents(),
    ).resolves.toEqual(['Invented journalist held without charge']);
    await expect(
      page
        .locator('section', { has: page.locator('#group-draft') })
        .locator('tbody a')
        .allTextContents(),
    ).resolves.toEqual([seed003Action().title]);
    await expect(page.getByLabel('42 of 3,500 appeals sent').count()).resolves.toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'staff-dashboard.png'), fullPage: true });
  });

  it('previews every letter in every language of the action', async () => {
    await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}/letters?lang=en`);
    await expect(
      page.locator('.staff-language').evaluateAll((sections) => sections.map((section) => section.getAttribute('lang'))),
    ).resolves.toEqual(['en', 'ko']);
    // One letter per target (the minister, and the ambassador added on the spot) in each language.
    for (const language of ['en', 'ko']) {
      const letters = page.locator(`.staff-language[lang=${language}] .letter`);
      await expect(letters.locator('h3').allTextContents()).resolves.toEqual([
        expect.stringContaining('Invented Minister of Justice'),
        expect.stringContaining('Invented Ambassador to France'),
      ]);
      for (const text of await letters.locator('.letter-text').allTextContents()) expect(text).toContain('Sample Supporter');
    }
    await expect(page.locator('.staff-language[lang=en] .letter-text').first().textContent()).resolves.toContain(
      'Release Test Person Beta immediately.',
    );
  });

  it('imports an uploaded document as a draft and opens it in the editor; the same document again opens prefilled, naming the duplicate', async () => {
    await page.goto(`${testApp.baseUrl}/staff/import?lang=en`);
    await page
      .getByLabel('Document file (.txt or .pdf, at most 10 MB)')
      .setInputFiles({ name: 'ua-066-12.txt', mimeType: 'text/plain', buffer: Buffer.from(seed003Text()) });
    await page.getByLabel('Deadline time zone (optional)').fill('Asia/Seoul');
    await page.getByRole('button', { name: 'Read the document' }).click();
    expect(new URL(page.url()).pathname).toMatch(/^\/staff\/actions\/[0-9a-f-]{36}\/edit$/);
    await expect(page.locator('.done').textContent()).resolves.toContain('saved as a draft');
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(seed003Action().title);
    await expect(page.getByLabel('Name 1').inputValue()).resolves.not.toBe('');
    await expect(page.getByLabel('Asks', { exact: true }).inputValue()).resolves.toContain(seed003Action().asks[0].slice(0, 30));
    const draftId = new URL(page.url()).pathname.split('/')[3];
    const draft = await (await staffClient(testApp, 'editor')).get(`/api/actions/${draftId}`);
    expect(draft.body).toMatchObject({ status: 'draft', title: seed003Action().title, appealDeadlineTimeZone: 'Asia/Seoul' });

    await page.goto(`${testApp.baseUrl}/staff/import?lang=en`);
    await page.getByLabel('Or paste the text').fill(seed003Text());
    await page.getByLabel('Deadline time zone (optional)').fill('Asia/Seoul');
    await page.getByRole('button', { name: 'Read the document' }).click();
    expect(new URL(page.url()).pathname).toBe('/staff/import');
    await expect(page.locator('.problem').textContent()).resolves.toContain(draftId);
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(seed003Action().title);
    await expect(page.locator('input[name=newTargets]').count()).resolves.toBeGreaterThan(0);
  });

  it('says why an import is refused, beside the form', async () => {
    await page.goto(`${testApp.baseUrl}/staff/import?lang=en`);
    await page.getByLabel('Or paste the text').fill('   ');
    await page.getByRole('button', { name: 'Read the document' }).click();
    await expect(page.locator('.problem').textContent()).resolves.toContain('text must not be empty');
    await page
      .getByLabel('Document file (.txt or .pdf, at most 10 MB)')
      .setInputFiles({ name: 'appeal.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('PK') });
    await page.getByRole('button', { name: 'Read the document' }).click();
    await expect(page.locator('.problem').textContent()).resolves.toContain('Unsupported file type ".docx"');
  });

  it('refuses a form post without the session’s CSRF token, and a coordinator, with a page that says so', async () => {
    const user = await testApp
      .get(UsersService)
      .create({ email: 'other-editor@staff.example.org', password: 'another long password', name: 'Other', role: 'editor' });
    const { token } = await testApp.get(AuthService).startSession({ user });
    const forged = await fetch(`${testApp.baseUrl}/staff/actions/${actionId}/close?lang=en`, {
      method: 'POST',
      headers: { ...HTML, cookie: `${SESSION_COOKIE}=${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'outcome=released&_csrf=guessed',
    });
    expect(forged.status).toBe(403);
    expect(await forged.text()).toContain('x-csrf-token');
    expect((await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`)).body.status).toBe('published');

    const section = await (
      await staffClient(testApp, 'admin')
    ).post('/api/sections', {
      code: 'FR',
      country: 'FR',
      name: 'Section française',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@fr.example.org',
    });
    const coordinator = await testApp.get(UsersService).create({
      email: 'coordinator@fr.example.org',
      password: 'a coordinator password',
      name: 'Coordinator',
      role: 'coordinator',
      sectionId: section.body.id,
    });
    const session = await testApp.get(AuthService).startSession({ user: coordinator });
    const refused = await fetch(`${testApp.baseUrl}/staff?lang=en`, { headers: { ...HTML, cookie: `${SESSION_COOKIE}=${session.token}` } });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Not for your account');
  });

  it('closes the action with an outcome', async () => {
    await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
    await page.locator('#close-outcome').selectOption('released');
    await page.getByRole('button', { name: 'Close with this outcome' }).click();
    await expect(page.locator('.done').textContent()).resolves.toBe('The action is closed.');
    await expect(page.locator('.meta').first().textContent()).resolves.toContain('released');
    const closed = await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`);
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'released' });
  });

  it('adds a target to the directory, refusing a bad field beside it, and lists the sections', async () => {
    await page.goto(`${testApp.baseUrl}/staff/targets?lang=en`);
    await page.getByLabel('Name', { exact: true }).fill('Invented Prosecutor General');
    await page.getByLabel('Kind').selectOption('prosecutor');
    await page.getByLabel('Country (two-letter code)', { exact: true }).fill('FR');
    await page.getByLabel('Email', { exact: true }).fill('prosecutor@example.org');
    await page.getByLabel('Fax').fill('12');
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await expect(page.locator('#fax-error').textContent()).resolves.toContain('fax');
    await page.getByLabel('Fax').fill('+33 1 44 32 50 50');
    await page.getByRole('button', { name: 'Add to the directory' }).click();
    await expect(page.locator('tbody th').allTextContents()).resolves.toEqual([expect.stringContaining('Invented Prosecutor General')]);
    await expect(page.locator('tbody td').allTextContents()).resolves.toContain('prosecutor');

    await page.getByRole('link', { name: 'Sections' }).click();
    await expect(page.locator('tbody th').allTextContents()).resolves.toEqual([expect.stringContaining('FR · Section française')]);
  });

  it('signs out, after which the staff pages ask for sign-in again', async () => {
    await page.goto(`${testApp.baseUrl}/staff?lang=en`);
    await page.getByRole('button', { name: /Sign out/ }).click();
    expect(new URL(page.url()).pathname).toBe('/staff/sign-in');
    await page.goto(`${testApp.baseUrl}/staff?lang=ko`);
    await expect(page.locator('h1').textContent()).resolves.toBe('로그인');
  });

  it('limits sign-in attempts from one address and says so on the form', async () => {
    const statuses: number[] = [];
    // Ten a minute in fixed windows: earlier sign-ins in this file may sit in a window that ends during the loop, so
    // the refusal comes within two windows' worth of attempts, not at a fixed one.
    for (let attempt = 0; attempt < 22 && statuses.at(-1) !== 429; attempt += 1) {
      const answer = await fetch(`${testApp.baseUrl}/staff/sign-in?lang=en`, {
        method: 'POST',
        headers: { ...HTML, 'content-type': 'application/x-www-form-urlencoded' },
        body: 'email=x%40example.org&password=nope',
      });
      statuses.push(answer.status);
      if (answer.status === 429) expect(await answer.text()).toContain('Too many attempts');
    }
    expect(statuses).toContain(401);
    expect(statuses.at(-1)).toBe(429);
  });
});
