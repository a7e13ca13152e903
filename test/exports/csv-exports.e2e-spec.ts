import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { coordinatorClient, staffClient, supporterClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2030-06-10T10:00:00Z');

/** The file as a spreadsheet would read it: the BOM dropped, a header row, then one object per line. */
function readCsv(text: string): { header: string[]; rows: Record<string, string>[] } {
  const lines: string[][] = parse(text, { bom: true });
  const rows: Record<string, string>[] = parse(text, { bom: true, columns: true });
  return { header: lines[0], rows };
}

describe('CSV exports for staff and sections', () => {
  let testApp: TestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;
  let targetId: string;
  let sectionId: string;
  let otherSectionId: string;

  // The clock stands still in this test, so entries are told apart by id, not by time.
  const exportsOf = (): Promise<{ id: string; actorId: string | null; after: Record<string, string | null> }[]> =>
    testApp.get(DataSource).query(`SELECT id, "actorId", "after" FROM audit_entry WHERE "entityType" = 'Export' AND operation = 'export'`);

  beforeAll(async () => {
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    staff = await staffClient(testApp, 'admin');
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 601/30', appealDeadline: '2030-07-01' }));
    actionId = created.body.id;
    targetId = created.body.targets[0].target.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    const section = (code: string, timeZone: string) =>
      staff.post('/api/sections', {
        code,
        country: code,
        name: `Invented section ${code}`,
        languages: ['en'],
        timeZone,
        contactEmail: `ua@${code.toLowerCase()}.example.org`,
      });
    sectionId = (await section('NZ', 'Pacific/Auckland')).body.id;
    otherSectionId = (await section('IE', 'Europe/Dublin')).body.id;
    const supporters = testApp.get(DataSource).getRepository(Supporter);
    const writer = (email: string, fields: Partial<Supporter>) =>
      supporters.save({ email, name: 'Writer', lastActiveAt: NOW, confirmedAt: NOW, ...fields });
    const sharing = await writer('kiri@example.org', {
      name: '=HYPERLINK("x")',
      city: 'Wellington',
      country: 'NZ',
      sectionId,
      sharesWithSection: true,
    });
    await writer('quiet@example.org', { sectionId });
    await writer('elsewhere@example.org', { sectionId: otherSectionId, sharesWithSection: true });
    await writer('pending@example.org', { sectionId, sharesWithSection: true, confirmedAt: null });
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .insert([
        {
          action: { id: actionId },
          target: { id: targetId },
          supporter: sharing,
          section: { id: sectionId },
          channel: AppealChannel.Email,
          language: 'en',
          letterCount: 1,
          sentAt: new Date('2030-06-08T09:00:00Z'),
        },
        {
          action: { id: actionId },
          target: { id: targetId },
          channel: AppealChannel.Fax,
          language: 'en',
          letterCount: 1,
          sentAt: new Date('2030-06-08T10:00:00Z'),
        },
        {
          action: { id: actionId },
          target: { id: targetId },
          channel: AppealChannel.Fax,
          language: 'en',
          letterCount: 1,
          sentAt: new Date('2030-06-09T09:00:00Z'),
        },
      ]);
    expect(
      (
        await staff.post(`/api/sections/${sectionId}/actions/${actionId}/appeal-reports`, {
          letterCount: 40,
          sentOn: '2030-06-09',
          targetId,
        })
      ).status,
    ).toBe(201);
  }, 60_000);

  afterAll(() => testApp?.close());

  it('gives staff every appeal per action, target, channel and day, as a CSV a parser reads back', async () => {
    const editor = await staffClient(testApp, 'editor');
    const answer = await editor.get(`/api/exports/appeals.csv?actionId=${actionId}`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(answer.headers.get('content-disposition')).toContain('appeals.csv');
    const { header, rows } = readCsv(answer.body);
    expect(header).toEqual(['action_id', 'action_reference', 'action_title', 'target_id', 'target_name', 'channel', 'day', 'letters']);
    const line = (channel: string, day: string, letters: string) => ({
      action_id: actionId,
      action_reference: 'UA 601/30',
      action_title: 'Invented case for tests',
      target_id: targetId,
      target_name: 'Invented Minister',
      channel,
      day,
      letters,
    });
    expect(rows).toEqual([
      line('email', '2030-06-08', '1'),
      line('fax', '2030-06-08', '1'),
      line('fax', '2030-06-09', '1'),
      line('post', '2030-06-09', '40'),
    ]);
  });

  it('gives a coordinator their own section’s appeals, paper counts and sharing supporters only', async () => {
    const coordinator = await coordinatorClient(testApp, sectionId);
    const appeals = readCsv((await coordinator.get(`/api/sections/${sectionId}/exports/appeals.csv`)).body).rows;
    expect(appeals.map((row) => [row.channel, row.day, row.letters])).toEqual([
      ['email', '2030-06-08', '1'],
      ['post', '2030-06-09', '40'],
    ]);

    const paper = readCsv((await coordinator.get(`/api/sections/${sectionId}/exports/paper-counts.csv`)).body);
    expect(paper.header).toEqual([
      'record_id',
      'action_id',
      'action_reference',
      'target_id',
      'target_name',
      'channel',
      'letters',
      'sent_on',
      'recorded_at',
    ]);
    expect(paper.rows).toEqual([
      expect.objectContaining({
        action_reference: 'UA 601/30',
        target_id: targetId,
        channel: 'post',
        letters: '40',
        sent_on: '2030-06-09',
      }),
    ]);

    const supporters = readCsv((await coordinator.get(`/api/sections/${sectionId}/exports/supporters.csv`)).body);
    expect(supporters.header).toEqual(['supporter_id', 'name', 'email', 'city', 'country', 'language', 'confirmed_at', 'created_at']);
    // Only the confirmed supporter who ticked the box; a name a spreadsheet would run as a formula is kept as text.
    expect(supporters.rows).toEqual([
      expect.objectContaining({
        name: `'=HYPERLINK("x")`,
        email: 'kiri@example.org',
        city: 'Wellington',
        country: 'NZ',
        confirmed_at: NOW.toISOString(),
      }),
    ]);

    const stranger = await coordinatorClient(testApp, otherSectionId);
    for (const path of ['appeals', 'paper-counts', 'supporters'])
      expect((await stranger.get(`/api/sections/${sectionId}/exports/${path}.csv`)).status).toBe(403);
    expect((await coordinator.get('/api/exports/appeals.csv')).status).toBe(403);
  });

  it('audits each export with who asked and for what, and refuses an unknown section or a bad action id naming it', async () => {
    const before = new Set((await exportsOf()).map((entry) => entry.id));
    expect((await staff.get(`/api/sections/${sectionId}/exports/supporters.csv`)).status).toBe(200);
    const added = (await exportsOf()).filter((entry) => !before.has(entry.id));
    expect(added).toEqual([
      { id: expect.any(String), actorId: expect.any(String), after: { name: 'shared-supporters', sectionId, actionId: null } },
    ]);

    const unknown = await staff.get('/api/sections/00000000-0000-4000-8000-000000000000/exports/supporters.csv');
    expect(unknown.status).toBe(404);
    const bad = await staff.get('/api/exports/appeals.csv?actionId=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].field).toBe('actionId');
    expect((await exportsOf()).length).toBe(before.size + 1);
  });

  it('lets a supporter share with their section from the API and from their page, off until they do', async () => {
    const { http, supporter } = await supporterClient(testApp, { email: 'tui@example.org', sectionId });
    const coordinator = await coordinatorClient(testApp, sectionId);
    const emails = async () =>
      readCsv((await coordinator.get(`/api/sections/${sectionId}/exports/supporters.csv`)).body).rows.map((row) => row.email);
    expect(await emails()).not.toContain('tui@example.org');

    const saved = await http.patch('/api/me', { sharesWithSection: true });
    expect(saved.status).toBe(200);
    expect(await emails()).toContain('tui@example.org');
    expect((await http.patch('/api/me', { sharesWithSection: 'maybe' })).body.errors[0].field).toBe('sharesWithSection');

    // The page's form: an unticked box sends nothing, which stops the sharing.
    const moa = await supporterClient(testApp, { email: 'moa@example.org', sectionId, sharesWithSection: true });
    const page = await moa.http.get('/my?lang=en');
    expect(page.body).toContain('name="sharesWithSection" value="yes" checked');
    const csrf = testApp.get(TokenHasher).csrfTokenFor(moa.sessionToken);
    const posted = await fetch(`${testApp.baseUrl}/my/preferences?lang=en`, {
      method: 'POST',
      redirect: 'manual',
      body: new URLSearchParams({ _csrf: csrf, name: 'Moa', language: 'en', noticeFrequency: 'immediately' }),
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        cookie: `${SESSION_COOKIE}=${moa.sessionToken}; ${CSRF_COOKIE}=${csrf}`,
      },
    });
    expect(posted.status).toBe(303);
    expect(await emails()).not.toContain('moa@example.org');
    expect((await testApp.get(DataSource).getRepository(Supporter).findOneByOrFail({ id: supporter.id })).sharesWithSection).toBe(true);
  });
});
