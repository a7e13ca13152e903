import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { isFictionalNumber, isReservedEmail } from '../../src/actions/demonstration-addresses';
import { UrgentAction } from '../../src/actions/urgent-action.entity';
import { SEEDS_DIR, SeedsService } from '../../src/seeds/seeds.service';
import { staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

const WRITER = { name: 'Ji-woo Park', email: 'jiwoo@example.org', city: 'Busan' };

describe('the demonstration action: a newcomer can try everything, and nothing reaches a real office', () => {
  let testApp: TestApp;
  let demo: UrgentAction;

  const outboxRows = (): Promise<{ kind: string; recipient: string }[]> =>
    testApp.get(DataSource).query(`SELECT "kind", "recipient" FROM notification_outbox WHERE "actionId" = $1`, [demo.id]);

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { PAGE_CACHE_MS: '0', FAX_EMAIL_ADDRESS_PATTERN: '{number}@fax.example.net' } });
    await testApp.get(SeedsService).seed();
    expect(await testApp.get(SeedsService).seedDemonstrations()).toEqual(['DEMO 1']);
    demo = await testApp
      .get(DataSource)
      .getRepository(UrgentAction)
      .findOneOrFail({ where: { reference: 'DEMO 1' }, relations: { targets: { target: true } } });
  });

  afterAll(() => testApp?.close());

  it('is published, marked as a demonstration, open for three weeks, and seeded once', async () => {
    expect(demo).toMatchObject({ isDemonstration: true, status: 'published' });
    const days = (demo.appealDeadline.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(20);
    expect(days).toBeLessThan(22);
    expect(await testApp.get(SeedsService).seedDemonstrations()).toEqual([]);
    // The historical actions keep their real dates.
    const historical = await testApp.get(DataSource).getRepository(UrgentAction).findOneByOrFail({ reference: 'UA 66/12' });
    expect(historical.appealDeadline.toISOString().slice(0, 7)).toBe('2012-04');
  });

  it('holds only reserved addresses and fictional numbers, in the seed file and in the database', () => {
    const file = JSON.parse(readFileSync(join(SEEDS_DIR, 'demonstration', 'demo-1.json'), 'utf8')) as {
      action: { targets: { target: { email?: string; fax?: string } }[] };
    };
    const seeded = [...file.action.targets.map((link) => link.target), ...demo.targets.map((link) => link.target)];
    expect(seeded.length).toBe(6);
    for (const target of seeded) {
      if (target.email) expect(isReservedEmail(target.email)).toBe(true);
      if (target.fax) expect(isFictionalNumber(target.fax)).toBe(true);
    }
    // The checks themselves tell a real address from a reserved one.
    expect(isReservedEmail('dpr.korea@verizon.net')).toBe(false);
    expect(isReservedEmail('someone@example.org.evil.net')).toBe(false);
    expect(isFictionalNumber('+1 212 972 3154')).toBe(false);
    expect(isFictionalNumber('+41 22 786 0662')).toBe(false);
  });

  it('sends a demonstration letter to its example address', async () => {
    const newYork = demo.targets.find((link) => link.target.email === 'mission-new-york@example.org')!;
    // Signed in at their confirmed address, so the letter goes without a confirmation link.
    const { http: writer } = await supporterClient(testApp, { email: WRITER.email, name: WRITER.name });
    const sent = await writer.post(`/api/actions/${demo.id}/letters/send`, { targetId: newYork.target.id, channel: 'email', ...WRITER });
    expect(sent.status).toBe(201);
    expect(await outboxRows()).toEqual([{ kind: 'target message', recipient: 'mission-new-york@example.org' }]);
  });

  it('refuses to address a demonstration letter to a real address or number, even after a target was edited to one', async () => {
    const geneva = demo.targets.find((link) => link.target.email === 'mission-geneva@example.org')!.target;
    const admin = await staffClient(testApp, 'admin');
    const edited = await admin.patch(`/api/targets/${geneva.id}`, { email: 'dpr.korea@verizon.net', fax: '+41 22 786 0662' });
    expect(edited.status).toBe(200);
    const anyone = httpClient(testApp.baseUrl);
    for (const channel of ['email', 'fax']) {
      const refused = await anyone.post(`/api/actions/${demo.id}/letters/send`, { targetId: geneva.id, channel, ...WRITER });
      expect(refused.status).toBe(422);
      expect(refused.body.errors).toEqual([{ field: 'targetId', message: expect.stringContaining('demonstration') }]);
    }
    const letters = await anyone.get(`/api/actions/${demo.id}/letters?target=${geneva.id}&name=Ji-woo%20Park`);
    expect(letters.status).toBe(200);
    expect(letters.body.letters[0].mailto).toBeNull();
    expect((await outboxRows()).map((row) => row.recipient)).toEqual(['mission-new-york@example.org']);
  });

  it('reminds no section of its deadline and takes no paper counts from sections', async () => {
    const admin = await staffClient(testApp, 'admin');
    const deadline = new Date(demo.appealDeadline.getTime() + 7 * 86_400_000).toISOString();
    expect((await admin.patch(`/api/actions/${demo.id}`, { appealDeadline: deadline })).status).toBe(200);
    expect((await outboxRows()).filter((row) => row.kind === 'deadline reminder')).toEqual([]);
    const sections: { id: string }[] = (await admin.get('/api/sections')).body;
    const report = await admin.post(`/api/sections/${sections[0].id}/actions/${demo.id}/appeal-reports`, {
      letterCount: 40,
      sentOn: new Date().toISOString().slice(0, 10),
    });
    expect(report.status).toBe(422);
    expect(report.body.errors[0].field).toBe('actionId');
  });
});
