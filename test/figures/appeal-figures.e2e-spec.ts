import { DataSource } from 'typeorm';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { coordinatorClient, staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const NOW = new Date('2030-06-10T10:00:00Z');

describe('appeal figures and the letters sections report', () => {
  let testApp: TestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;
  let targetId: string;
  let sectionId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    staff = await staffClient(testApp, 'admin');
    const created = await staff.post(
      '/api/actions',
      inventedAction({ reference: 'UA 501/30', appealDeadline: '2030-07-01', appealGoal: 1000 }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    targetId = created.body.targets[0].target.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    const section = await staff.post('/api/sections', {
      code: 'NZ',
      country: 'NZ',
      name: 'Invented section NZ',
      languages: ['en'],
      timeZone: 'Pacific/Auckland',
      contactEmail: 'ua@nz.example.org',
    });
    expect(section.status).toBe(201);
    sectionId = section.body.id;
    await testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .insert([
        {
          action: { id: actionId },
          target: { id: targetId },
          channel: AppealChannel.Email,
          letterCount: 1,
          sentAt: new Date('2030-06-08T09:00:00Z'),
        },
        {
          action: { id: actionId },
          target: { id: targetId },
          channel: AppealChannel.Fax,
          letterCount: 1,
          sentAt: new Date('2030-06-09T09:00:00Z'),
        },
      ]);
  }, 60_000);

  afterAll(() => testApp?.close());

  it('joins a section’s paper count to the totals, by channel, target, section and day', async () => {
    const report = await staff.post(`/api/sections/${sectionId}/actions/${actionId}/appeal-reports`, {
      letterCount: 40,
      sentOn: '2030-06-09',
      targetId,
    });
    expect(report.status).toBe(201);
    expect(report.body).toMatchObject({ letterCount: 40, channel: 'post' });
    // Noon on 9 June in Auckland is still 9 June in Paris, the action's zone.
    expect(report.body.sentAt).toBe('2030-06-09T00:00:00.000Z');

    const figures = await staff.get(`/api/actions/${actionId}/figures`);
    expect(figures.status).toBe(200);
    expect(figures.body.total).toBe(42);
    expect(figures.body.goal).toBe(1000);
    expect(figures.body.byChannel).toEqual([
      { channel: 'post', letters: 40 },
      expect.objectContaining({ letters: 1 }),
      expect.objectContaining({ letters: 1 }),
    ]);
    expect(figures.body.byTarget).toEqual([
      { targetId, name: 'Invented Minister', letters: 42, replies: 0, responseRate: 0, writerAnswers: { yes: 0, no: 0, notExpected: 0 } },
    ]);
    expect(figures.body.bySection).toEqual([
      { sectionId, code: 'NZ', letters: 40 },
      { sectionId: null, code: null, letters: 2 },
    ]);
    expect(figures.body.perDay).toEqual([
      { day: '2030-06-08', letters: 1 },
      { day: '2030-06-09', letters: 41 },
    ]);

    const overview = await staff.get('/api/figures/actions');
    expect(overview.body.find((row: { id: string }) => row.id === actionId)).toMatchObject({
      appeals: 42,
      goal: 1000,
      status: 'published',
    });
  });

  it('refuses a report for a future day, a draft, a foreign target or a bad count, naming the field', async () => {
    const path = `/api/sections/${sectionId}/actions/${actionId}/appeal-reports`;
    const future = await staff.post(path, { letterCount: 5, sentOn: '2030-06-12' });
    expect(future.status).toBe(422);
    expect(future.body.errors[0].field).toBe('sentOn');

    const invalid = await staff.post(path, { letterCount: 0, sentOn: '9 June' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field).sort()).toEqual(['letterCount', 'sentOn']);

    const other = await staff.post('/api/actions', inventedAction({ reference: 'UA 502/30', appealDeadline: '2030-07-01' }));
    const foreignTarget = await staff.post(path, { letterCount: 5, sentOn: '2030-06-09', targetId: other.body.targets[0].target.id });
    expect(foreignTarget.status).toBe(422);
    expect(foreignTarget.body.errors[0].field).toBe('targetId');

    const draft = await staff.post(`/api/sections/${sectionId}/actions/${other.body.id}/appeal-reports`, {
      letterCount: 5,
      sentOn: '2030-06-09',
    });
    expect(draft.status).toBe(422);
    expect(draft.body.errors[0].field).toBe('actionId');

    const total = await staff.get(`/api/actions/${actionId}/figures`);
    expect(total.body.total).toBe(42);
  });

  it('answers 404 for an unknown action or section', async () => {
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect((await staff.get(`/api/actions/${unknown}/figures`)).status).toBe(404);
    expect(
      (await staff.post(`/api/sections/${unknown}/actions/${actionId}/appeal-reports`, { letterCount: 1, sentOn: '2030-06-09' })).status,
    ).toBe(404);
  });

  it('lets a coordinator report for their own section only, and keeps the figures to staff', async () => {
    const own = await coordinatorClient(testApp, sectionId);
    const path = `/api/sections/${sectionId}/actions/${actionId}/appeal-reports`;
    expect((await own.post(path, { letterCount: 3, sentOn: '2030-06-10' })).status).toBe(201);
    const otherSection = await staff.post('/api/sections', {
      code: 'IE',
      country: 'IE',
      name: 'Invented section IE',
      languages: ['en'],
      timeZone: 'Europe/Dublin',
      contactEmail: 'ua@ie.example.org',
    });
    const stranger = await coordinatorClient(testApp, otherSection.body.id);
    expect((await stranger.post(path, { letterCount: 3, sentOn: '2030-06-10' })).status).toBe(403);
    expect((await stranger.get(`/api/actions/${actionId}/figures`)).status).toBe(403);
    expect((await staff.get(`/api/actions/${actionId}/figures`)).body.total).toBe(45);
  });
});
