import type { Browser } from 'playwright-core';
import { DataSource } from 'typeorm';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { staffBrowserContext, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2030-06-03T09:00:00Z');
const HOUR = 3_600_000;
/** Three days to the deadline; at the default 30 letters an hour, an office takes 2,160 letters in that time. */
const DEADLINE = new Date(NOW.getTime() + 72 * HOUR);

describe('the delivery forecast against the deadline, and an office’s own pace', () => {
  let testApp: TestApp;
  let staff: ReturnType<typeof httpClient>;
  let actionId: string;
  let ministerId: string;
  let embassyId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    staff = await staffClient(testApp, 'editor');
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 702/30',
        appealDeadline: DEADLINE.toISOString(),
        appealDeadlineTimeZone: 'UTC',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
          },
          {
            role: 'copy',
            target: {
              name: 'Invented Embassy',
              kind: 'embassy',
              country: 'GB',
              email: 'embassy@invented.example.org',
              fax: '+44 20 7946 0000',
            },
          },
        ],
      }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    [ministerId, embassyId] = created.body.targets.map((link: { target: { id: string } }) => link.target.id);
  });
  afterAll(async () => {
    await testApp?.close();
  });

  /** `count` letters queued to the minister at the default pace, as TargetMessages would have given them slots: one every 120 s. */
  async function queueLetters(count: number): Promise<void> {
    await testApp.get(DataSource).query(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "targetId", "actionId", "dueAt")
       SELECT 'target message', 'target:forecast:' || n, 'minister@invented.example.org', $1, $2, $3::timestamptz + (n - 1) * interval '120 seconds'
       FROM generate_series(1, $4) n`,
      [ministerId, actionId, NOW, count],
    );
  }

  it('says when the last queued letter to each office goes and when a new one would, and warns when that passes the deadline', async () => {
    const quiet = await staff.get(`/api/actions/${actionId}/deliveries/forecast`);
    expect(quiet.status).toBe(200);
    expect(quiet.body.warning).toBe(false);
    expect(quiet.body.targets.map((target: { name: string; queued: number }) => [target.name, target.queued])).toEqual([
      ['Invented Minister', 0],
      ['Invented Embassy', 0],
    ]);
    expect(new Date(quiet.body.targets[0].newEmailGoesAt)).toEqual(NOW);
    expect(quiet.body.targets[0].newFaxGoesAt).toBeNull();
    // 09:00 UTC is 10:00 in London: the embassy's fax office is open.
    expect(new Date(quiet.body.targets[1].newFaxGoesAt)).toEqual(NOW);

    await queueLetters(5000);
    const busy = await staff.get(`/api/actions/${actionId}/deliveries/forecast`);
    const [minister, embassy] = busy.body.targets;
    expect(minister).toMatchObject({ queued: 5000, perHour: 30, queuedPassDeadline: true, newPassDeadline: true });
    expect(new Date(minister.lastGoesAt)).toEqual(new Date(NOW.getTime() + 4999 * 120_000));
    expect(new Date(minister.newEmailGoesAt)).toEqual(new Date(NOW.getTime() + 5000 * 120_000));
    expect(embassy).toMatchObject({ queued: 0, queuedPassDeadline: false, newPassDeadline: false });
    expect(busy.body.warning).toBe(true);
  });

  it('paces an office at its own rate once an admin raises it, and refuses a pace that is not a whole number from 1 to 3600', async () => {
    const admin = await staffClient(testApp, 'admin');
    for (const messagesPerHour of [0, 3601, 1.5, 'fast']) {
      const refused = await admin.patch(`/api/targets/${embassyId}`, { messagesPerHour });
      expect(refused.status).toBe(400);
      expect([...new Set(refused.body.errors.map((error: { field: string }) => error.field))]).toEqual(['messagesPerHour']);
    }
    expect((await admin.patch(`/api/targets/${embassyId}`, { messagesPerHour: 3600 })).status).toBe(200);
    const letter = (n: number) => ({
      dedupeKey: `forecast-pace:${n}`,
      targetId: embassyId,
      recipient: 'embassy@invented.example.org',
      actionId,
      subject: 'Appeal',
      text: 'Please release them.',
      html: '<p>Please release them.</p>',
      language: 'en',
    });
    const messages = testApp.get(TargetMessages);
    const [first, second] = [await messages.queue(letter(1)), await messages.queue(letter(2))];
    // One a second rather than one every two minutes.
    expect(second.dueAt.getTime() - first.dueAt.getTime()).toBe(1000);
    const forecast = await staff.get(`/api/actions/${actionId}/deliveries/forecast`);
    expect(forecast.body.targets[1]).toMatchObject({ perHour: 3600, queued: 2 });

    // The pace is staff's business: the public answer does not carry it.
    const publicAction = await httpClient(testApp.baseUrl).get(`/api/actions/${actionId}`);
    expect(JSON.stringify(publicAction.body)).not.toContain('messagesPerHour');
    expect((await admin.patch(`/api/targets/${embassyId}`, { messagesPerHour: null })).status).toBe(200);
    expect((await staff.get(`/api/actions/${actionId}/deliveries/forecast`)).body.targets[1].perHour).toBe(30);
  });

  it('steers new writers away from an office whose letters pass the deadline: the system sends it nothing more until staff say so', async () => {
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    const letter = { targetId: ministerId, channel: 'email', name: 'Ji-woo Park', email: 'jiwoo@example.org' };
    const paused = await staff.post(`/api/actions/${actionId}/targets/${ministerId}/sending`, { paused: true });
    expect(paused.status).toBe(200);
    expect(paused.body.targets[0]).toMatchObject({ name: 'Invented Minister', sendingPaused: true });
    const refused = await httpClient(testApp.baseUrl).post(`/api/actions/${actionId}/letters/send`, letter);
    expect(refused.status).toBe(422);
    expect(refused.body.errors.map((error: { field: string }) => error.field)).toEqual(['targetId']);
    // Another office of the same action still takes letters.
    expect(
      (await httpClient(testApp.baseUrl).post(`/api/actions/${actionId}/letters/send`, { ...letter, targetId: embassyId })).status,
    ).toBe(202);
    expect((await staff.post(`/api/actions/${actionId}/targets/${ministerId}/sending`, { paused: 'yes' })).status).toBe(400);
    expect(
      (await staff.post(`/api/actions/${actionId}/targets/00000000-0000-4000-8000-000000000009/sending`, { paused: true })).status,
    ).toBe(404);
  });

  describe('on the staff action page, in a real browser', () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
    }, 120_000);
    afterAll(async () => {
      await browser?.close();
    });

    it('warns that 5,000 queued letters to the minister will go after the deadline, and marks that office', async () => {
      const context = await staffBrowserContext(testApp, browser);
      const page = await context.newPage();
      await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
      await expect(page.locator('.forecast-warning').textContent()).resolves.toContain('Some letters will go after the appeal deadline');
      const ministerRow = page.locator('table.forecast tbody tr', { hasText: 'Invented Minister' });
      await expect(ministerRow.getAttribute('class')).resolves.toBe('late');
      await expect(ministerRow.locator('td').nth(2).textContent()).resolves.toBe('5000');
      await expect(ministerRow.textContent()).resolves.toContain('after the deadline');
      const embassyRow = page.locator('table.forecast tbody tr', { hasText: 'Invented Embassy' });
      await expect(embassyRow.getAttribute('class')).resolves.toBeNull();
      await expect(embassyRow.textContent()).resolves.toMatch(/by email .*; by fax /);
      await expect(ministerRow.textContent()).resolves.toContain('writers are asked to post or use their own email');

      // The writer's page offers no sending to the steered office, says why, and still offers the others.
      await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=en`);
      await page.locator('#name').fill('Ji-woo Park');
      await page.locator('#email').fill('jiwoo@example.org');
      await page.locator('form.writer button[type=submit]').click();
      const minister = page.locator('.letter', { hasText: 'Invented Minister' });
      await expect(minister.locator('.steered').textContent()).resolves.toContain('no longer send to it for you');
      await expect(minister.getByRole('button', { name: 'Send by email now' }).count()).resolves.toBe(0);
      await expect(
        page.locator('.letter', { hasText: 'Invented Embassy' }).getByRole('button', { name: 'Send by email now' }).count(),
      ).resolves.toBe(1);

      // Staff offer sending again from the forecast.
      await page.goto(`${testApp.baseUrl}/staff/actions/${actionId}?lang=en`);
      await page
        .locator('table.forecast tbody tr', { hasText: 'Invented Minister' })
        .getByRole('button', { name: 'Send for new writers again' })
        .click();
      await page.waitForURL(/done=steered/);
      await expect(
        page
          .locator('table.forecast tbody tr', { hasText: 'Invented Minister' })
          .getByRole('button', { name: 'Stop sending for new writers' })
          .count(),
      ).resolves.toBe(1);
      await context.close();
    });
  });
});
