import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { inventedAction, seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const SCREENSHOTS = join(__dirname, '../../docs/screenshots');
/** Ten days before seed 003's deadline, so the real document can be published and read as it was. */
const NOW = new Date('2012-03-30T09:00:00Z');

describe('public pages in a real browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let seedId: string;
  let draftId: string;

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    const staff = await staffClient(testApp, 'editor');
    const seed = await staff.post('/api/actions', { ...seed003Action(), appealGoal: 3500 });
    expect(seed.status).toBe(201);
    seedId = seed.body.id;
    expect((await staff.post(`/api/actions/${seedId}/publish`)).status).toBe(200);
    const update = await staff.post(`/api/actions/${seedId}/updates`, {
      kind: 'further information',
      title: 'Further information: the nine are still held',
      body: 'Invented update text for this test: the authorities have not confirmed where the nine are held.',
    });
    expect(update.status).toBe(201);
    const draft = await staff.post(
      '/api/actions',
      inventedAction({ title: 'A draft nobody outside may see', appealDeadline: '2012-05-01' }),
    );
    draftId = draft.body.id;
    const embargoed = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 901/12',
        title: 'Embargoed until next week',
        appealDeadline: '2012-05-01',
        embargoUntil: '2012-04-06T00:00:00Z',
      }),
    );
    expect((await staff.post(`/api/actions/${embargoed.body.id}/publish`)).status).toBe(200);
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .insert({
        action: { id: seedId },
        channel: AppealChannel.Post,
        letterCount: 875,
        sentAt: NOW,
      });
    browser = await launchBrowser();
  }, 120_000);

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: 'en-GB', timezoneId: 'Asia/Seoul' });
  });

  afterEach(() => page?.close());

  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  it('lists only published, non-embargoed actions, with time left and appeals against the goal', async () => {
    const response = await page.goto(`${testApp.baseUrl}/?lang=en`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Urgent Actions open now');
    const cards = page.locator('.action-card');
    await expect(cards.count()).resolves.toBe(1);
    const card = cards.first();
    await expect(card.locator('h2').textContent()).resolves.toContain('Fears for forcibly returned North Koreans');
    await expect(card.textContent()).resolves.toContain('At least nine North Koreans');
    await expect(card.locator('.deadline strong').textContent()).resolves.toBe('in 10 days');
    await expect(card.locator('progress').getAttribute('value')).resolves.toBe('25');
    await expect(card.locator('.progress label').textContent()).resolves.toBe('875 of 3,500 appeals sent');
    await page.screenshot({ path: join(SCREENSHOTS, 'index.png'), fullPage: true });
  });

  it('shows an action as the document reads, with the deadline restated in the reader’s time zone', async () => {
    await page.goto(`${testApp.baseUrl}/?lang=en`);
    await page.locator('.action-card h2 a').click();
    await page.waitForURL(`**/urgent-actions/${seedId}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Fears for forcibly returned North Koreans');
    const asks = await page.locator('#asks + ul li').allTextContents();
    expect(asks).toEqual(seed003Action().asks);
    const shown = await page.locator('.target strong').allTextContents();
    const printed = seed003Action().targets.map((link: { target: { name: string } }) => link.target.name);
    expect(shown).toHaveLength(printed.length);
    printed.forEach((name: string, position: number) => expect(shown[position]).toContain(name));
    await expect(page.locator('.timeline h3').textContent()).resolves.toBe('Further information: the nine are still held');
    // 2012-04-09T23:00Z is 10 April 08:00 in Seoul, where this browser is.
    await expect(page.locator('.deadline time').textContent()).resolves.toMatch(/April 10, 2012.*08:00.*GMT\+9/);
    await page.screenshot({ path: join(SCREENSHOTS, 'action.png'), fullPage: true });
  });

  it('speaks Korean when asked, and keeps the layout inside a phone screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${testApp.baseUrl}/urgent-actions/${seedId}?lang=ko`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ko');
    await expect(page.locator('#asks').textContent()).resolves.toBe('요청 사항');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'action-ko-phone.png'), fullPage: true });
  });

  it('picks the page language from the browser when the link names none', async () => {
    const korean = await browser.newPage({ locale: 'ko-KR' });
    try {
      await korean.goto(`${testApp.baseUrl}/`);
      await expect(korean.locator('h1').textContent()).resolves.toBe('진행 중인 긴급 행동');
    } finally {
      await korean.close();
    }
  });

  it('can be used from the keyboard: the first Tab reaches the skip link, which moves focus to the content', async () => {
    await page.goto(`${testApp.baseUrl}/?lang=en`);
    await page.keyboard.press('Tab');
    await expect(page.evaluate<string>('document.activeElement.textContent')).resolves.toBe('Skip to content');
    await page.keyboard.press('Enter');
    await expect(page.evaluate<string>('location.hash')).resolves.toBe('#main');
  });

  it('shares what letters are made from between writers, never one writer’s letters with another', async () => {
    const lettersFor = async (name: string) => {
      const form = new URLSearchParams({ name, city: 'Leeds', country: 'GB', letterLanguage: 'en' });
      const response = await fetch(`${testApp.baseUrl}/urgent-actions/${seedId}/take-action?lang=en`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      return response.text();
    };
    const first = await lettersFor('Invented Writer One');
    const second = await lettersFor('Invented Writer Two');
    expect(first).toContain('Invented Writer One');
    expect(second).toContain('Invented Writer Two');
    expect(second).not.toContain('Invented Writer One');
    expect((second.match(/class="letter-text"/g) ?? []).length).toBeGreaterThan(1);
  });

  it('answers 404 with a page for a draft, an unknown id or a malformed one', async () => {
    for (const id of [draftId, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const response = await page.goto(`${testApp.baseUrl}/urgent-actions/${id}?lang=en`);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').textContent()).resolves.toBe('Action not found');
    }
  });

  it('escapes what staff typed: markup in a title is shown as text, never run', async () => {
    const staff = await staffClient(testApp, 'editor');
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 902/12',
        title: '<img src=x onerror="window.hacked=1">Escaping check',
        appealDeadline: '2012-05-01',
      }),
    );
    expect((await staff.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    await page.goto(`${testApp.baseUrl}/urgent-actions/${created.body.id}?lang=en`);
    await expect(page.locator('h1').textContent()).resolves.toBe('<img src=x onerror="window.hacked=1">Escaping check');
    await expect(page.evaluate<unknown>('window.hacked')).resolves.toBeUndefined();
  });
});
