import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { flushQueueKeys } from '../support/flush-queues';

describe('what staff see of the queues', () => {
  let testApp: TestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { QUEUE_PREFIX: `uatest-board-${process.pid}` } });
    staff = await staffClient(testApp, 'editor');
  });
  afterAll(async () => {
    await testApp.close();
    await flushQueueKeys(`uatest-board-${process.pid}`);
  });

  it('serves Bull Board at /admin/queues to admins, listing the notification queues', async () => {
    const admin = await staffClient(testApp, 'admin');
    const page = await admin.get('/admin/queues');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    const queues = await admin.get('/admin/queues/api/queues?activeQueue=notification-send&page=1&jobsPerPage=10');
    expect(queues.status).toBe(200);
    expect(queues.body.queues.map((queue: { name: string }) => queue.name).sort()).toEqual([
      'notification-fanout',
      'notification-maintenance',
      'notification-send',
    ]);
  });

  it('keeps Bull Board from anyone not signed in as an admin', async () => {
    const anonymous = httpClient(testApp.baseUrl);
    expect((await anonymous.get('/admin/queues')).status).toBe(401);
    expect((await anonymous.get('/admin/queues/api/queues')).status).toBe(401);
    expect((await staff.get('/admin/queues')).status).toBe(403);
  });

  it("reports an action's deliveries to staff only, and 404 for an unknown action", async () => {
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 51/31' }));
    const report = await staff.get(`/api/actions/${created.body.id}/deliveries`);
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ actionId: created.body.id, sent: 0, pending: 0, failed: 0, failures: [], fanouts: [] });
    expect((await httpClient(testApp.baseUrl).get(`/api/actions/${created.body.id}/deliveries`)).status).toBe(401);
    const unknown = await staff.get('/api/actions/00000000-0000-4000-8000-000000000000/deliveries');
    expect(unknown.status).toBe(404);
  });
});
