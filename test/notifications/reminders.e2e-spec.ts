import { DataSource } from 'typeorm';
import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

interface ReminderRow {
  id: string;
  recipient: string;
  reminderDaysBefore: number;
  dueAt: Date;
  status: string;
}

describe('deadline reminders to section offices', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  const reminders = (): Promise<ReminderRow[]> =>
    testApp.get(DataSource).query(
      `SELECT "id", "recipient", "reminderDaysBefore", "dueAt", "status" FROM notification_outbox
     WHERE "kind" = 'deadline reminder' ORDER BY "dueAt", "recipient"`,
    );
  const queued = async () =>
    (await reminders())
      .filter((row) => row.status === 'queued')
      .map((row) => [row.recipient, row.reminderDaysBefore, new Date(row.dueAt).toISOString()]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    // Europe/Berlin moves to summer time on Sunday 30 March 2031, between the 7-day and the 2-day reminder.
    testApp = await createNotificationsApp(sink, '2031-03-20T12:00:00Z');
    staff = await staffClient(testApp, 'admin');
    const berlin = await staff.post('/api/sections', {
      code: 'DE',
      country: 'DE',
      name: 'German section',
      languages: ['de'],
      timeZone: 'Europe/Berlin',
      contactEmail: 'ua@de.example.org',
    });
    expect(berlin.status).toBe(201);
    const newYork = await staff.post('/api/sections', {
      code: 'US',
      country: 'US',
      name: 'US section',
      languages: ['en'],
      timeZone: 'America/New_York',
      contactEmail: 'ua@us.example.org',
      reminderDaysBefore: [3],
    });
    expect(newYork.status).toBe(201);
    const created = await staff.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 41/31',
        appealDeadline: '2031-04-02',
        appealDeadlineTimeZone: 'Europe/Berlin',
      }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    await waitFor('the new action notices to both sections', () => sink.messages.length === 2);
    expect(sink.messages.map((mail) => mail.subject)).toEqual([expect.stringContaining('UA 41/31'), expect.stringContaining('UA 41/31')]);
    sink.messages.length = 0;
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it("plans each section's reminders at 09:00 section time, across the DST change", async () => {
    // The deadline is the start of 2 April in Berlin, so 1 April is the last day of appeals.
    expect(await queued()).toEqual([
      ['ua@de.example.org', 7, '2031-03-25T08:00:00.000Z'], // 09:00 CET (UTC+1)
      ['ua@us.example.org', 3, '2031-03-29T13:00:00.000Z'], // 09:00 EDT in New York
      ['ua@de.example.org', 2, '2031-03-30T07:00:00.000Z'], // 09:00 CEST (UTC+2), the day the clocks change
      ['ua@de.example.org', 0, '2031-04-01T07:00:00.000Z'],
    ]);
    const queue = testApp.get(NotificationQueues).queue(NotificationQueue.Send);
    for (const row of await reminders()) {
      const job = await queue.getJob(`send-${row.id}`);
      expect(await job?.getState()).toBe('delayed');
      expect(job?.delay).toBe(new Date(row.dueAt).getTime() - new Date('2031-03-20T12:00:00Z').getTime());
    }
  });

  it('sends a reminder when its instant comes, and not the others', async () => {
    testApp.clock.set('2031-03-25T08:00:00Z');
    await testApp.get(OutboxReconciler).pass();
    await waitFor('the 7-day reminder', () => sink.messages.length === 1);
    // The row is marked sent just after SMTP accepts the message: wait for that too, not only for the mail.
    await waitFor('the 7-day reminder marked sent', async () => (await reminders()).some((row) => row.status === 'sent'));
    const [mail] = sink.messages;
    expect(mail.to).toMatchObject({ text: 'ua@de.example.org' });
    expect(mail.subject).toContain('Appeals close in 7 days');
    expect(mail.subject).toContain('UA 41/31');
    expect(mail.text).toContain('Dear German section');
    const rows = await reminders();
    expect(rows.filter((row) => row.status === 'sent').map((row) => row.reminderDaysBefore)).toEqual([7]);
    expect(rows.filter((row) => row.status === 'queued')).toHaveLength(3);
  });

  it('moves the unsent reminders when the deadline is extended, leaving the sent one sent', async () => {
    const extended = await staff.post(`/api/actions/${actionId}/updates`, {
      kind: 'deadline extension',
      title: 'Deadline extended',
      body: 'The trial was postponed.',
      newAppealDeadline: '2031-04-10',
    });
    expect(extended.status).toBe(201);
    expect(await queued()).toEqual([
      ['ua@de.example.org', 7, '2031-04-02T07:00:00.000Z'],
      ['ua@us.example.org', 3, '2031-04-06T13:00:00.000Z'],
      ['ua@de.example.org', 2, '2031-04-07T07:00:00.000Z'],
      ['ua@de.example.org', 0, '2031-04-09T07:00:00.000Z'],
    ]);
    const rows = await reminders();
    expect(rows.filter((row) => row.status === 'sent')).toHaveLength(1);
    expect(rows.filter((row) => row.status === 'cancelled')).toHaveLength(3);
    const queue = testApp.get(NotificationQueues).queue(NotificationQueue.Send);
    for (const row of rows.filter((row) => row.status === 'cancelled')) expect(await queue.getJob(`send-${row.id}`)).toBeUndefined();
  });

  it('moves them too when staff edit the deadline directly', async () => {
    const patched = await staff.patch(`/api/actions/${actionId}`, { appealDeadline: '2031-04-12' });
    expect(patched.status).toBe(200);
    expect((await queued()).map((row) => row[2])).toEqual([
      '2031-04-04T07:00:00.000Z',
      '2031-04-08T13:00:00.000Z',
      '2031-04-09T07:00:00.000Z',
      '2031-04-11T07:00:00.000Z',
    ]);
  });

  it('cancels every unsent reminder when the action closes, and none goes out afterwards', async () => {
    expect((await staff.post(`/api/actions/${actionId}/close`, { outcome: 'released' })).status).toBe(200);
    expect(await queued()).toEqual([]);
    testApp.clock.set('2031-04-12T00:00:00Z');
    const report = await testApp.get(OutboxReconciler).pass();
    expect(report).toMatchObject({ ran: true, requeued: 0 });
    const deliveries = await staff.get(`/api/actions/${actionId}/deliveries`);
    expect(deliveries.status).toBe(200);
    expect(deliveries.body).toMatchObject({ sent: 3, pending: 0, failed: 0 });
    expect(deliveries.body.byKind['deadline reminder']).toEqual({ sent: 1, cancelled: 11 });
    expect(sink.messages).toHaveLength(1);
  });
});
