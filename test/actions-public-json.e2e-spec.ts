import { DataSource } from 'typeorm';
import { staffClient } from './support/auth';
import { httpClient } from './support/http';
import { inventedAction } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('the public JSON list and detail: one render shared by every reader, read again when the action changes', () => {
  let testApp: TestApp;
  let actionId: string;
  let editor: Awaited<ReturnType<typeof staffClient>>;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { PAGE_CACHE_MS: '8000' } });
    editor = await staffClient(testApp, 'editor');
    http = httpClient(testApp.baseUrl);
    const created = await editor.post('/api/actions', inventedAction({ reference: 'UA 601/30', title: 'Journalist held' }));
    actionId = created.body.id;
    expect((await editor.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
  });
  afterAll(() => testApp.close());

  const titles = async () => (await http.get('/api/actions?pageSize=20')).body.items.map((item: any) => item.title);

  it('answers JSON, and an edit through the app shows at once in the list and the detail', async () => {
    const detail = await http.get(`/api/actions/${actionId}`);
    expect(detail.status).toBe(200);
    expect(detail.headers.get('content-type')).toMatch(/^application\/json/);
    expect(detail.body).toMatchObject({ id: actionId, title: 'Journalist held' });
    expect(detail.body).not.toHaveProperty('version');
    expect(await titles()).toEqual(['Journalist held']);

    expect((await editor.patch(`/api/actions/${actionId}`, { title: 'Journalist released on bail' })).status).toBe(200);
    expect((await http.get(`/api/actions/${actionId}`)).body.title).toBe('Journalist released on bail');
    expect(await titles()).toEqual(['Journalist released on bail']);
    // Staff read the whole action, not the public copy.
    expect((await editor.get(`/api/actions/${actionId}`)).body).toHaveProperty('version');
  });

  it('serves every reader the same render for PAGE_CACHE_MS, so a change made elsewhere shows within that time', async () => {
    // A change through the app starts fresh renders.
    expect((await editor.patch(`/api/actions/${actionId}`, { summary: 'Held since March.' })).status).toBe(200);
    await http.get(`/api/actions/${actionId}`);
    await titles();
    // Another process (here: SQL behind the app's back) changes the row.
    await testApp.get(DataSource).query(`UPDATE urgent_action SET "title" = 'Journalist freed' WHERE "id" = $1`, [actionId]);
    const readers = await Promise.all(Array.from({ length: 20 }, () => http.get(`/api/actions/${actionId}`)));
    expect(new Set(readers.map((reader) => reader.body.title))).toEqual(new Set(['Journalist released on bail']));
    expect(await titles()).toEqual(['Journalist released on bail']);
    await new Promise((resolve) => setTimeout(resolve, 8100));
    expect((await http.get(`/api/actions/${actionId}`)).body.title).toBe('Journalist freed');
    expect(await titles()).toEqual(['Journalist freed']);
  });

  it('shows a closing at once, and the letters refuse it at once', async () => {
    const closing = await editor.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 603/30',
        targets: [
          { role: 'primary', target: { name: 'Invented Governor', kind: 'other', country: 'FR', email: 'governor-603@example.org' } },
        ],
      }),
    );
    expect((await editor.post(`/api/actions/${closing.body.id}/publish`)).status).toBe(200);
    const targetId = closing.body.targets[0].target.id;
    const report = () => http.post(`/api/actions/${closing.body.id}/letters/record`, { targetId, channel: 'post', name: 'Ji-woo Park' });
    expect((await http.get(`/api/actions/${closing.body.id}`)).body.status).toBe('published');
    expect((await report()).status).toBe(201);
    expect((await editor.post(`/api/actions/${closing.body.id}/close`, { outcome: 'released' })).status).toBe(200);
    expect((await http.get(`/api/actions/${closing.body.id}`)).body).toMatchObject({ status: 'closed', outcome: 'released' });
    const late = await http.post(`/api/actions/${closing.body.id}/letters/send`, {
      targetId,
      channel: 'email',
      name: 'Min-jun Lee',
      email: 'min-jun@example.net',
    });
    expect(late.status).toBe(422);
    expect(late.body.errors[0].field).toBe('status');
  });

  it('is 404 for a draft, as for an unknown id', async () => {
    const draft = await editor.post('/api/actions', inventedAction({ reference: 'UA 602/30' }));
    expect((await http.get(`/api/actions/${draft.body.id}`)).status).toBe(404);
    expect((await http.get('/api/actions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
