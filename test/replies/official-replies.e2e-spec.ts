import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Section } from '../../src/sections/section.entity';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { coordinatorClient, staffBrowserContext, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2030-06-20T09:00:00Z');
const SCAN = Buffer.from('%PDF-1.4 the ministry’s answer');

describe('replies from officials: recorded by staff and sections, on the timeline, counted as a response rate', () => {
  let testApp: TestApp;
  let staff: ReturnType<typeof httpClient>;
  let anonymous: ReturnType<typeof httpClient>;
  let actionId: string;
  let ministerId: string;
  let embassyId: string;
  let section: Section;

  beforeAll(async () => {
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    staff = await staffClient(testApp, 'editor');
    anonymous = httpClient(testApp.baseUrl);
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 703/30',
        appealDeadline: '2030-07-30',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
          },
          { role: 'copy', target: { name: 'Invented Embassy', kind: 'embassy', country: 'GB', email: 'embassy@invented.example.org' } },
        ],
      }),
    );
    actionId = created.body.id;
    [ministerId, embassyId] = created.body.targets.map((link: { target: { id: string } }) => link.target.id);
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    section = await testApp
      .get(DataSource)
      .getRepository(Section)
      .save({
        code: 'NO-T',
        country: 'NO',
        name: 'Invented Oslo section',
        languages: ['nb'],
        timeZone: 'Europe/Oslo',
        contactEmail: 'ua@oslo.example.org',
      });
    // 20 letters to the minister, 4 to the embassy.
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .save([
        {
          action: { id: actionId },
          target: { id: ministerId },
          supporter: null,
          channel: AppealChannel.Email,
          letterCount: 20,
          sentAt: NOW,
        },
        { action: { id: actionId }, target: { id: embassyId }, supporter: null, channel: AppealChannel.Post, letterCount: 4, sentAt: NOW },
      ]);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  const reply = (fields: Record<string, unknown> = {}) => ({
    targetId: ministerId,
    receivedOn: '2030-06-18',
    channel: 'post',
    summary: 'The ministry says the case is under review.',
    ...fields,
  });

  it('shows the public nothing of an action it may not see yet: an embargoed action’s public replies answer 404, as the action does', async () => {
    const embargoed = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 704/30',
        appealDeadline: '2030-07-30',
        embargoUntil: '2030-06-25T09:00:00Z',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Governor', kind: 'minister', country: 'FR', email: 'governor@invented.example.org' },
          },
        ],
      }),
    );
    const hiddenId = embargoed.body.id;
    expect((await staff.post(`/api/actions/${hiddenId}/publish`)).status).toBe(200);
    const recorded = await staff.post(
      `/api/actions/${hiddenId}/replies`,
      reply({
        targetId: embargoed.body.targets[0].target.id,
        isPublic: true,
        attachment: { fileName: 'answer.pdf', contentType: 'application/pdf', base64: SCAN.toString('base64') },
      }),
    );
    expect(recorded.status).toBe(201);
    expect((await anonymous.get(`/api/actions/${hiddenId}`)).status).toBe(404);
    expect((await anonymous.get(`/api/actions/${hiddenId}/replies`)).status).toBe(404);
    expect((await anonymous.get(`/api/actions/${hiddenId}/replies/${recorded.body.id}/attachment`)).status).toBe(404);
    expect((await anonymous.get('/api/actions/00000000-0000-4000-8000-000000000009/replies')).status).toBe(404);
    // The organisation sees its own work before the embargo lifts.
    const seen = await staff.get(`/api/actions/${hiddenId}/replies`);
    expect([seen.status, seen.body.length]).toEqual([200, 1]);
  });

  it('records a reply with its scan, and refuses one naming the field at fault', async () => {
    const recorded = await staff.post(
      `/api/actions/${actionId}/replies`,
      reply({
        isPublic: true,
        attachment: { fileName: 'answer.pdf', contentType: 'application/pdf', base64: SCAN.toString('base64') },
      }),
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      targetId: ministerId,
      receivedOn: '2030-06-18',
      channel: 'post',
      isPublic: true,
      attachmentName: 'answer.pdf',
    });
    expect(recorded.body.attachment).toBeUndefined();

    const stranger = await staff.post('/api/targets', { name: 'Invented Stranger', kind: 'minister', country: 'FR' });
    const cases: [Record<string, unknown>, number, string][] = [
      [{ targetId: stranger.body.id }, 422, 'targetId'],
      [{ receivedOn: '2030-06-21' }, 400, 'receivedOn'],
      [{ receivedOn: '18/06/2030' }, 400, 'receivedOn'],
      [{ channel: 'pigeon' }, 400, 'channel'],
      [{ summary: '   ' }, 400, 'summary'],
      [{ attachment: { fileName: '../etc/passwd', contentType: 'application/pdf', base64: 'AAAA' } }, 400, 'attachment.fileName'],
    ];
    for (const [fields, status, field] of cases) {
      const refused = await staff.post(`/api/actions/${actionId}/replies`, reply(fields));
      expect([refused.status, [...new Set(refused.body.errors.map((error: { field: string }) => error.field))]]).toEqual([status, [field]]);
    }
    expect((await staff.post(`/api/actions/00000000-0000-4000-8000-000000000009/replies`, reply())).status).toBe(404);
    expect((await anonymous.post(`/api/actions/${actionId}/replies`, reply())).status).toBe(401);
  });

  it('lets a section record a reply for its action, and no other section', async () => {
    const office = await coordinatorClient(testApp, section.id);
    const recorded = await office.post(
      `/api/sections/${section.id}/actions/${actionId}/replies`,
      reply({ targetId: embassyId, channel: 'email', summary: 'The embassy acknowledges.' }),
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body.sectionId).toBe(section.id);
    const other = await testApp
      .get(DataSource)
      .getRepository(Section)
      .save({
        code: 'SE-T',
        country: 'SE',
        name: 'Invented Stockholm section',
        languages: ['sv'],
        timeZone: 'Europe/Stockholm',
        contactEmail: 'ua@stockholm.example.org',
      });
    expect(
      (await (await coordinatorClient(testApp, other.id)).post(`/api/sections/${section.id}/actions/${actionId}/replies`, reply())).status,
    ).toBe(403);
  });

  it('shows the public only the public replies, without who recorded them, and their files only', async () => {
    const everyone = await anonymous.get(`/api/actions/${actionId}/replies`);
    expect(everyone.status).toBe(200);
    expect(everyone.body).toHaveLength(1);
    expect(Object.keys(everyone.body[0]).sort()).toEqual(['attachmentName', 'channel', 'id', 'receivedOn', 'summary', 'targetId']);
    const all = await staff.get(`/api/actions/${actionId}/replies`);
    expect(all.body).toHaveLength(2);
    const [published, unpublished] = all.body;

    const file = await fetch(`${testApp.baseUrl}/api/actions/${actionId}/replies/${published.id}/attachment`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toContain('application/pdf');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(SCAN);
    expect((await anonymous.get(`/api/actions/${actionId}/replies/${unpublished.id}/attachment`)).status).toBe(404);
  });

  it('counts replies per target beside the letters sent to it', async () => {
    const figures = await staff.get(`/api/actions/${actionId}/figures`);
    expect(figures.status).toBe(200);
    const byTarget = Object.fromEntries(
      figures.body.byTarget.map((row: { name: string; letters: number; replies: number; responseRate: number }) => [
        row.name,
        [row.letters, row.replies, row.responseRate],
      ]),
    );
    expect(byTarget).toEqual({ 'Invented Minister': [20, 1, 0.05], 'Invented Embassy': [4, 1, 0.25] });
  });

  describe('in a real browser', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('staff record a reply on the action page and see the response rate; a public reply shows on the public timeline', async () => {
      const context = await staffBrowserContext(testApp, browser);
      const page = await context.newPage();
      await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
      const form = page.locator('form', { has: page.getByRole('button', { name: 'Record the reply' }) });
      await form.getByLabel('From').selectOption({ label: 'Invented Minister' });
      await form.getByLabel('Received on').fill('2030-06-19');
      await form.getByLabel('How it came').selectOption('fax');
      await form.getByLabel('What it says').fill('A second answer: the men were moved to Seoul.');
      await form.getByLabel('Show it on the public page').check();
      await form.getByRole('button', { name: 'Record the reply' }).click();
      await page.waitForURL(/done=replyRecorded/);
      await expect(page.locator('.done').textContent()).resolves.toBe('The reply is recorded.');
      await expect(page.locator('ol.replies li').count()).resolves.toBe(3);
      const minister = page.locator('table.per-target tr', { hasText: 'Invented Minister' });
      await expect(minister.locator('.replies').textContent()).resolves.toBe('2');
      await expect(minister.locator('.response-rate').textContent()).resolves.toBe('10%');

      await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}?lang=en`);
      const replies = page.locator('.timeline-reply');
      await expect(replies.count()).resolves.toBe(2);
      await expect(replies.nth(1).textContent()).resolves.toContain('A second answer: the men were moved to Seoul.');
      await expect(replies.first().locator('h3').textContent()).resolves.toBe('Reply from Invented Minister');
      await context.close();
    });
  });
});
