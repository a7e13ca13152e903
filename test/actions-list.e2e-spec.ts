import { staffClient } from './support/auth';
import type { httpClient } from './support/http';
import { inventedAction } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('listing actions: pagination and filters', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
    const plans = [
      { reference: 'UA 1/30', title: 'Journalist held incommunicado', country: 'FR', appealDeadline: '2030-01-10' },
      { reference: 'UA 2/30', title: 'Fear of forcible return', country: 'RU', appealDeadline: '2030-02-10' },
      { reference: 'UA 3/30', title: 'Death sentence upheld', country: 'RU', appealDeadline: '2030-03-10' },
      { reference: 'UA 4/30', title: 'Activists detained', country: 'KP', appealDeadline: '2030-04-10' },
      { reference: 'UA 5/30', title: 'Lawyer disappeared', country: 'FR', appealDeadline: '2030-05-10' },
    ];
    for (const plan of plans) {
      const created = await http.post('/api/actions', inventedAction(plan));
      expect(created.status).toBe(201);
    }
    const published = await http.get('/api/actions?q=UA%202%2F30');
    await http.post(`/api/actions/${published.body.items[0].id}/publish`);
  });
  afterAll(() => testApp.close());

  const references = (body: any) => body.items.map((item: any) => item.reference);

  it('pages through actions by deadline, with the total', async () => {
    const first = await http.get('/api/actions?pageSize=2');
    expect(first.body).toMatchObject({ total: 5, page: 1, pageSize: 2 });
    expect(references(first.body)).toEqual(['UA 1/30', 'UA 2/30']);
    const third = await http.get('/api/actions?pageSize=2&page=3');
    expect(references(third.body)).toEqual(['UA 5/30']);
  });

  it('filters by status, country and deadline window', async () => {
    expect(references((await http.get('/api/actions?status=published')).body)).toEqual(['UA 2/30']);
    expect(references((await http.get('/api/actions?country=ru')).body)).toEqual(['UA 2/30', 'UA 3/30']);
    // Deadlines were set in Europe/Paris: the window includes its start and excludes its end.
    const window = await http.get(
      `/api/actions?deadlineAfter=${encodeURIComponent('2030-02-10T00:00:00+01:00')}&deadlineBefore=${encodeURIComponent('2030-04-10T00:00:00+02:00')}`,
    );
    expect(references(window.body)).toEqual(['UA 2/30', 'UA 3/30']);
  });

  it('searches titles and references, case-insensitively, with LIKE characters taken literally', async () => {
    expect(references((await http.get('/api/actions?q=forcible')).body)).toEqual(['UA 2/30']);
    expect(references((await http.get('/api/actions?q=ua%205')).body)).toEqual(['UA 5/30']);
    expect((await http.get('/api/actions?q=%25')).body.total).toBe(0);
  });

  it('refuses bad filters with 400 naming them', async () => {
    for (const [query, field] of [
      ['status=open', 'status'],
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
      ['deadlineBefore=soon', 'deadlineBefore'],
    ]) {
      const answer = await http.get(`/api/actions?${query}`);
      expect(answer.status).toBe(400);
      expect(answer.body.errors[0].field).toBe(field);
    }
  });
});
