import type { Browser, Page } from 'playwright-core';
import { staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2012-03-30T09:00:00Z');

describe('closed cases stay public, with their outcome, in a real browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let closedId: string;
  let draftId: string;
  let embargoedId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { PAGE_CACHE_MS: '0' }, clock: TestClock.at(NOW) });
    const staff = await staffClient(testApp, 'editor');
    const closed = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 801/12', title: 'Invented case of Pak Son-hui, now released', appealDeadline: '2012-04-20' }),
    );
    closedId = closed.body.id;
    expect((await staff.post(`/api/actions/${closedId}/publish`)).status).toBe(200);
    expect(
      (
        await staff.post(`/api/actions/${closedId}/updates`, {
          kind: 'further information',
          title: 'Further information: moved to another prison',
          body: 'Invented update text: she was moved on 12 March.',
        })
      ).status,
    ).toBe(201);
    expect((await staff.post(`/api/actions/${closedId}/close`, { outcome: 'released' })).status).toBe(200);
    const open = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 802/12', title: 'An open invented case', appealDeadline: '2012-04-20' }),
    );
    expect((await staff.post(`/api/actions/${open.body.id}/publish`)).status).toBe(200);
    draftId = (await staff.post('/api/actions', inventedAction({ title: 'A draft nobody outside may see', appealDeadline: '2012-05-01' })))
      .body.id;
    const embargoed = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 803/12', title: 'Embargoed', appealDeadline: '2012-05-01', embargoUntil: '2012-04-06T00:00:00Z' }),
    );
    embargoedId = embargoed.body.id;
    expect((await staff.post(`/api/actions/${embargoedId}/publish`)).status).toBe(200);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('shows a closed case with its outcome and its timeline of updates, and no way to take action', async () => {
    const answer = await page.goto(`${testApp.baseUrl}/urgent-actions/${closedId}?lang=en`);
    expect(answer?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Invented case of Pak Son-hui, now released');
    await expect(page.locator('.outcome').textContent()).resolves.toMatch(
      /This action is closed: Released · closed on March 30, 2012\. No more appeals are needed/,
    );
    const timeline = page.locator('.timeline li');
    await expect(timeline.allTextContents()).resolves.toEqual([
      expect.stringContaining('Further information: moved to another prison'),
      expect.stringContaining('Released'),
    ]);
    await expect(page.getByRole('link', { name: 'Take action: write a letter' }).count()).resolves.toBe(0);
    await expect(page.locator('#follow-action').count()).resolves.toBe(0);
    const takeAction = await page.goto(`${testApp.baseUrl}/urgent-actions/${closedId}/take-action?lang=en`);
    expect(takeAction?.status()).toBe(404);
  });

  it('lists it under "Recent outcomes" on the index, apart from the open actions', async () => {
    await page.goto(`${testApp.baseUrl}/?lang=en`);
    await expect(page.locator('.action-card h2').allTextContents()).resolves.toEqual(['An open invented case']);
    const outcomes = page.locator('section[aria-labelledby="recent-outcomes"] li');
    await expect(outcomes.count()).resolves.toBe(1);
    await expect(outcomes.first().textContent()).resolves.toMatch(/Invented case of Pak Son-hui[\s\S]*Released · closed on March 30, 2012/);
  });

  it('says it in Korean too', async () => {
    await page.goto(`${testApp.baseUrl}/urgent-actions/${closedId}?lang=ko`);
    await expect(page.locator('.outcome').textContent()).resolves.toContain('이 행동은 종료되었습니다: 석방');
  });

  it('keeps drafts and embargoed actions 404', async () => {
    for (const id of [draftId, embargoedId]) {
      expect((await page.goto(`${testApp.baseUrl}/urgent-actions/${id}?lang=en`))?.status()).toBe(404);
    }
  });
});
