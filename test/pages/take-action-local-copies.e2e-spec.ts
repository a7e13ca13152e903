import type { Browser, Page } from 'playwright-core';
import { DataSource } from 'typeorm';
import { Section } from '../../src/sections/section.entity';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { coordinatorClient, staffClient } from '../support/auth';
import { launchBrowser } from '../support/browser';
import { seed003Action } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

/** Ten days before seed 003's deadline. */
const NOW = new Date('2012-03-30T09:00:00Z');

describe('take action with a section: the local diplomatic copies the document asks for, in a real browser', () => {
  let testApp: TestApp;
  let browser: Browser;
  let page: Page;
  let actionId: string;
  let oslo: Section;

  beforeAll(async () => {
    testApp = await createTestApp({
      environment: { PAGE_CACHE_MS: '0' },
      clock: TestClock.at(NOW),
    });
    const staff = await staffClient(testApp, 'editor');
    const created = await staff.post('/api/actions', seed003Action());
    actionId = created.body.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    oslo = await testApp
      .get(DataSource)
      .getRepository(Section)
      .save({
        code: 'NO-T',
        country: 'NO',
        name: 'Invented Norway section',
        languages: ['nb'],
        timeZone: 'Europe/Oslo',
        contactEmail: 'ua@oslo.example.org',
      });
    const office = await coordinatorClient(testApp, oslo.id);
    const attached = await office.post(`/api/sections/${oslo.id}/actions/${actionId}/targets`, {
      role: 'copy',
      target: {
        name: 'Invented Embassy of China in Oslo',
        kind: 'embassy',
        country: 'NO',
        email: 'embassy-oslo@invented.example.org',
        addressLines: ['Invented Street 1', '0244 Oslo'],
      },
    });
    expect(attached.status).toBe(201);
    browser = await launchBrowser();
  }, 120_000);

  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1000, height: 900 } });
  });
  afterEach(async () => {
    await page?.close();
  });
  afterAll(async () => {
    await browser?.close();
    await testApp?.close();
  });

  async function openLetters(country: string, section?: string) {
    await page.goto(`${testApp.baseUrl}/urgent-actions/${actionId}/take-action?lang=en`);
    await page.locator('#name').fill('Kari Nordmann');
    await page.locator('#city').fill('Bergen');
    await page.locator('#country').fill(country);
    if (section) await page.locator('#section').selectOption({ label: section });
    await page.locator('form.writer button[type=submit]').click();
    await page.locator('.letter').first().waitFor();
    return page.locator('.letter h2').allTextContents();
  }

  it('offers a writer in Norway the embassy the Norway section attached, and records a letter to it as the section’s', async () => {
    const letters = await openLetters('Norway');
    expect(letters.some((heading) => heading.includes('Invented Embassy of China in Oslo'))).toBe(true);
    await expect(page.locator('.writing-with').textContent()).resolves.toContain('Invented Norway section');
    // The section is carried on with the writer's other fields.
    await expect(page.locator('#section').inputValue()).resolves.toBe('');
    const embassy = page.locator('.letter', { hasText: 'Invented Embassy of China in Oslo' });
    await expect(embassy.locator('input[name=section]').first().inputValue()).resolves.toBe(oslo.id);
    await expect(embassy.locator('.letter-text').inputValue()).resolves.toContain('0244 Oslo');

    await embassy.getByLabel('How did you send it?').selectOption('post');
    await embassy.getByRole('button', { name: "I've sent it" }).click();
    await page.locator('.done', { hasText: 'Recorded' }).first().waitFor();
    const [appeal] = await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .find({
        where: { action: { id: actionId }, target: { name: 'Invented Embassy of China in Oslo' } },
        relations: { target: true, section: true },
      });
    expect(appeal.section?.id).toBe(oslo.id);
  });

  it('offers the section to a writer who chooses it, and nobody else the local embassy', async () => {
    expect((await openLetters('France')).some((heading) => heading.includes('Oslo'))).toBe(false);
    await expect(page.locator('.writing-with').count()).resolves.toBe(0);
    expect(
      (await openLetters('', 'Invented Norway section')).some((heading) => heading.includes('Invented Embassy of China in Oslo')),
    ).toBe(true);
  });
});
