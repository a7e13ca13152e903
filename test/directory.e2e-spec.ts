import { staffClient } from './support/auth';
import type { httpClient } from './support/http';
import { inventedAction } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('target directory and sections', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'admin');
  });
  afterAll(() => testApp.close());

  it("stores a target with its numbers as printed and in E.164, read in the target's country", async () => {
    const created = await http.post('/api/targets', {
      honorific: 'Ms',
      name: 'Invented Ambassador',
      title: 'Ambassador',
      organisation: 'Embassy of Invented Republic',
      kind: 'embassy',
      country: 'gb',
      addressLines: ['1 Invented Gardens', 'London W8 4QX'],
      fax: '020 7946 0958',
      phone: '+44 20 7946 0000',
      email: ' Embassy@Invented.EXAMPLE ',
      salutation: 'Your Excellency',
      preferredLanguage: 'en',
      timeZone: 'Europe/London',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      country: 'GB',
      faxPrinted: '020 7946 0958',
      fax: '+442079460958',
      phone: '+442079460000',
      emailPrinted: 'Embassy@Invented.EXAMPLE',
      email: 'Embassy@invented.example',
    });
  });

  it('searches the directory by name, organisation, country and kind', async () => {
    await http.post('/api/targets', { name: 'Invented Prosecutor', organisation: 'Invented Procuracy', kind: 'prosecutor', country: 'RU' });
    await http.post('/api/targets', { name: 'Invented Minister of Justice', kind: 'minister', country: 'RU' });
    expect((await http.get('/api/targets?q=procuracy')).body.items.map((t: any) => t.name)).toEqual(['Invented Prosecutor']);
    expect((await http.get('/api/targets?country=RU&kind=minister')).body.items.map((t: any) => t.name)).toEqual([
      'Invented Minister of Justice',
    ]);
    const bad = await http.get('/api/targets?kind=wizard');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('kind');
  });

  it('updates a target and re-normalises a changed fax; refuses an invalid one', async () => {
    const target = (await http.post('/api/targets', { name: 'Invented Governor', kind: 'other', country: 'CH' })).body;
    const updated = await http.patch(`/api/targets/${target.id}`, { fax: '022 786 06 62' });
    expect(updated.body).toMatchObject({ faxPrinted: '022 786 06 62', fax: '+41227860662' });
    const refused = await http.patch(`/api/targets/${target.id}`, { fax: '12' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors[0].field).toBe('fax');
    expect((await http.get(`/api/targets/${target.id}`)).body.fax).toBe('+41227860662');
  });

  it('creates sections, refuses a duplicate code with 409, and validates time zone and emails', async () => {
    const section = {
      code: 'zz',
      country: 'FR',
      name: 'Invented section',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@invented.example',
    };
    const created = await http.post('/api/sections', section);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ code: 'ZZ', reminderDaysBefore: [7, 2, 0] });
    const duplicate = await http.post('/api/sections', section);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors[0].field).toBe('code');
    const bad = await http.post('/api/sections', { ...section, code: 'YY', timeZone: 'Paris', reminderEmails: ['nope'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: any) => e.field).sort()).toEqual(['reminderEmails', 'timeZone']);
    const edited = await http.patch(`/api/sections/${created.body.id}`, { reminderDaysBefore: [10, 3] });
    expect(edited.body.reminderDaysBefore).toEqual([10, 3]);
  });

  it('lets a section attach its local diplomatic targets to an action, once each', async () => {
    const section = (
      await http.post('/api/sections', {
        code: 'XA',
        country: 'GB',
        name: 'Invented UK section',
        languages: ['en'],
        timeZone: 'Europe/London',
        contactEmail: 'ua@xa.example',
      })
    ).body;
    const action = (await http.post('/api/actions', inventedAction({ reference: 'UA 300/30' }))).body;
    const embassy = {
      role: 'copy',
      target: { name: 'Invented Ambassador to the UK', kind: 'embassy', country: 'GB', fax: '+44 20 7946 0123' },
    };
    const attached = await http.post(`/api/sections/${section.id}/actions/${action.id}/targets`, embassy);
    expect(attached.status).toBe(201);
    const again = await http.post(`/api/sections/${section.id}/actions/${action.id}/targets`, {
      role: 'copy',
      targetId: attached.body.target.id,
    });
    expect(again.status).toBe(409);

    const local = await http.get(`/api/sections/${section.id}/actions/${action.id}/targets`);
    expect(local.body.map((link: any) => link.target.name)).toEqual(['Invented Ambassador to the UK']);
    const full = (await http.get(`/api/actions/${action.id}`)).body;
    expect(full.targets.map((link: any) => [link.target.name, link.section?.code ?? null])).toEqual([
      ['Invented Minister', null],
      ['Invented Ambassador to the UK', 'XA'],
    ]);
    // Staff replacing the action's own targets leave the section's in place.
    await http.patch(`/api/actions/${action.id}`, { targets: [{ role: 'primary', targetId: full.targets[0].target.id }] });
    expect((await http.get(`/api/actions/${action.id}`)).body.targets).toHaveLength(2);
  });
});
