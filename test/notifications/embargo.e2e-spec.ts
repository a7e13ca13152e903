import { DataSource } from 'typeorm';
import { UrgentAction } from '../../src/actions/urgent-action.entity';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { NotificationQueue, sendJobIdOf } from '../../src/notifications/queues/notification-queues';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

const FIRST_EMBARGO = '2031-01-05T12:00:00.000Z';
const EXTENDED_EMBARGO = '2031-01-07T12:00:00.000Z';

describe('new-action notices of an embargoed action go when the embargo lifts, wherever it moves', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;

  interface NoticeRow {
    id: string;
    status: string;
    dueAt: Date;
    recipient: string;
  }
  const notices = (actionId: string): Promise<NoticeRow[]> =>
    testApp
      .get(DataSource)
      .query(
        `SELECT "id", "status", "dueAt", "recipient" FROM notification_outbox WHERE "actionId" = $1 AND "kind" = 'new action notice' ORDER BY "recipient"`,
        [actionId],
      );
  /** The job that wakes the row now: its fan-out batch's, or its own once it left the batch. */
  const sendJobIdOfRow = async (id: string) => {
    const [row]: { id: string; sendBatchId: string | null }[] = await testApp
      .get(DataSource)
      .query('SELECT "id", "sendBatchId" FROM notification_outbox WHERE "id" = $1', [id]);
    return sendJobIdOf(row);
  };
  const sendJobState = async (id: string) =>
    testApp
      .get(NotificationQueues)
      .queue(NotificationQueue.Send)
      .getJobState(await sendJobIdOfRow(id));

  /** Publishes an embargoed action and waits until its notices are written (and held for the embargo). */
  async function publishEmbargoed(reference: string): Promise<{ actionId: string; rows: NoticeRow[] }> {
    const created = await staff.post('/api/actions', inventedAction({ reference, embargoUntil: FIRST_EMBARGO }));
    expect(created.status).toBe(201);
    expect((await staff.post(`/api/actions/${created.body.id}/publish`)).status).toBe(200);
    const rows = (await waitFor('the notices to be written', async () => {
      const written = await notices(created.body.id);
      return written.length === 2 ? written : null;
    })) as NoticeRow[];
    for (const row of rows) expect(row.dueAt.toISOString()).toBe(FIRST_EMBARGO);
    await waitFor('the send jobs to wait for the embargo', async () =>
      (await Promise.all(rows.map((row) => sendJobState(row.id)))).every((state) => state === 'delayed'),
    );
    return { actionId: created.body.id, rows };
  }

  /** Runs the rows' send jobs now, as the reconciler does once their time has come on the clock. */
  async function runSendJobsNow(rows: NoticeRow[]): Promise<void> {
    await waitFor('the send jobs to be delayed', async () =>
      (await Promise.all(rows.map((row) => sendJobState(row.id)))).every((state) => state === 'delayed'),
    );
    await testApp.get(NotificationQueues).promoteDelayedSends(await Promise.all(rows.map((row) => sendJobIdOfRow(row.id))));
  }

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z');
    staff = await staffClient(testApp, 'admin');
    await staff.post('/api/sections', {
      code: 'FR',
      country: 'FR',
      name: 'Section française',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@fr.example.org',
    });
    await staff.post('/api/sections', {
      code: 'GB',
      country: 'GB',
      name: 'UK section',
      languages: ['en'],
      timeZone: 'Europe/London',
      contactEmail: 'ua@gb.example.org',
    });
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('moves the notices already written when staff extend the embargo, and sends them at the new time only', async () => {
    testApp.clock.set('2031-01-05T10:00:00Z');
    const { actionId, rows } = await publishEmbargoed('UA 61/31');
    expect((await staff.patch(`/api/actions/${actionId}`, { embargoUntil: EXTENDED_EMBARGO })).status).toBe(200);
    for (const row of await notices(actionId)) expect(row.dueAt.toISOString()).toBe(EXTENDED_EMBARGO);

    // The first embargo has passed, the extended one has not: nothing is announced.
    testApp.clock.set('2031-01-05T12:30:00Z');
    await runSendJobsNow(rows);
    await waitFor('the send jobs to wait again', async () =>
      (await Promise.all(rows.map((row) => sendJobState(row.id)))).every((state) => state === 'delayed'),
    );
    expect((await notices(actionId)).map((row) => row.status)).toEqual(['queued', 'queued']);
    expect(sink.messages).toHaveLength(0);

    testApp.clock.set('2031-01-07T12:00:01Z');
    await runSendJobsNow(rows);
    await waitFor('both notices sent', async () => (await notices(actionId)).every((row) => row.status === 'sent'));
    expect(sink.messages.map((mail) => (mail.to as { text: string }).text).sort()).toEqual(['ua@fr.example.org', 'ua@gb.example.org']);
    sink.messages.length = 0;
  });

  it('sends a notice whose embargo staff lifted at once', async () => {
    testApp.clock.set('2031-01-05T10:00:00Z');
    const { actionId, rows } = await publishEmbargoed('UA 62/31');
    expect((await staff.patch(`/api/actions/${actionId}`, { embargoUntil: null })).status).toBe(200);
    for (const row of await notices(actionId)) expect(row.dueAt.toISOString()).toBe('2031-01-05T10:00:00.000Z');
    await waitFor('both notices sent', async () => (await notices(actionId)).every((row) => row.status === 'sent'));
    expect(rows).toHaveLength(2);
    expect(sink.messages).toHaveLength(2);
    sink.messages.length = 0;
  });

  it('checks the embargo again when a notice is sent, whatever the notice was told when it was written', async () => {
    testApp.clock.set('2031-01-05T10:00:00Z');
    const { actionId, rows } = await publishEmbargoed('UA 63/31');
    // The embargo moves without the action's own events (another instance's edit, a fix in the database).
    await testApp
      .get(DataSource)
      .getRepository(UrgentAction)
      .update(actionId, { embargoUntil: new Date(EXTENDED_EMBARGO) });
    testApp.clock.set('2031-01-05T12:30:00Z');
    await runSendJobsNow(rows);
    await waitFor('the notices to be moved to the embargo', async () =>
      (await notices(actionId)).every((row) => row.dueAt.toISOString() === EXTENDED_EMBARGO),
    );
    await waitFor('the send jobs to wait again', async () =>
      (await Promise.all(rows.map((row) => sendJobState(row.id)))).every((state) => state === 'delayed'),
    );
    expect((await notices(actionId)).map((row) => row.status)).toEqual(['queued', 'queued']);
    expect(sink.messages).toHaveLength(0);
  });
});
