import { DataSource } from 'typeorm';
import { NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, outboxCounts, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('how long a message is tried, and a relay that is down', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  const rows = (): Promise<{ id: string; recipient: string; status: string; attempts: number; lastError: string | null }[]> =>
    testApp
      .get(DataSource)
      .query(
        `SELECT "id", "recipient", "status", "attempts", "lastError" FROM notification_outbox WHERE "kind" = 'update notice' ORDER BY "recipient"`,
      );
  const post = (title: string) => staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title, body: 'Moved.' });

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { MAIL_RETRY_MAX_DELAY_MS: '100', RELAY_PROBE_MS: '300' });
    staff = await staffClient(testApp, 'admin');
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 81/31' }))).body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  afterEach(async () => {
    await testApp.get(DataSource).query(`DELETE FROM notification_outbox WHERE "kind" = 'update notice'`);
    sink.messages.length = 0;
    sink.refuse = () => null;
    sink.refuseSender = () => null;
    testApp.clock.set('2031-01-05T10:00:00Z');
  });

  it('keeps trying a notice a server defers 20 times, with capped backoff, and sends it', async () => {
    await createAudience(testApp.get(DataSource), { actionId, subscribers: 1 });
    let refusals = 0;
    sink.refuse = () => (refusals++ < 20 ? { code: 451, message: '4.7.1 Try again later' } : null);
    await post('Deferred');
    await waitUntilSettled(testApp, 60_000);
    expect(await rows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 21 })]);
  });

  it('gives a notice up once it is stale, a day after it was due, saying so', async () => {
    sink.refuse = () => ({ code: 451, message: '4.7.1 Try again later' });
    await post('Stale');
    await waitFor('a few deferred tries', async () => {
      const found = await rows();
      return found.length > 0 && found.every((row) => row.attempts >= 3);
    });
    expect((await rows()).every((row) => row.status === 'queued')).toBe(true);
    testApp.clock.set('2031-01-06T10:00:01Z');
    await waitFor('the notice given up', async () => (await rows()).every((row) => row.status === 'failed'));
    expect((await rows())[0].lastError).toMatch(/451.*no more tries: it was worth sending until 2031-01-06T10:00:00/);
  });

  it("pauses sending while the relay refuses our sender, burning no message's tries, and resumes once it takes mail", async () => {
    const { expected } = await createAudience(testApp.get(DataSource), { actionId, subscribers: 60 });
    sink.refuseSender = () => ({ code: 535, message: '5.7.8 Authentication credentials invalid' });
    await post('Relay down');
    const sendQueue = testApp.get(NotificationQueues).queue(NotificationQueue.Send);
    await waitFor('sending paused', () => sendQueue.isPaused());
    await waitFor('every notice written', async () => (await rows()).length >= 61);
    // A few probes come and go while it stays down.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const during = await rows();
    expect(during.filter((row) => row.status !== 'queued')).toEqual([]);
    expect(during.reduce((sum, row) => sum + row.attempts, 0)).toBeLessThan(40);
    expect((await staff.get(`/api/actions/${actionId}/deliveries`)).body.relay).toMatchObject({ problem: expect.stringContaining('535') });

    sink.refuseSender = () => null;
    await waitFor('sending resumed', async () => !(await sendQueue.isPaused()), 10_000);
    await waitUntilSettled(testApp, 60_000);
    expect((await rows()).every((row) => row.status === 'sent')).toBe(true);
    const recipients = sink.messages.map((mail) => (mail.to as { text: string }).text);
    expect(new Set(recipients)).toEqual(new Set((await rows()).map((row) => row.recipient)));
    expect(recipients.filter((recipient) => expected.includes(recipient))).toHaveLength(60);
    expect((await staff.get(`/api/actions/${actionId}/deliveries`)).body.relay).toBeNull();
  });

  it('lets staff send failed messages again from the delivery report, naming them or all', async () => {
    await createAudience(testApp.get(DataSource), { actionId, subscribers: 3 });
    sink.refuse = () => ({ code: 550, message: '5.1.1 No such user here' });
    await post('Refused');
    await waitUntilSettled(testApp);
    const failed = await rows();
    expect(failed.length).toBeGreaterThan(1);
    expect(failed.every((row) => row.status === 'failed')).toBe(true);

    sink.refuse = () => null;
    const one = await staff.post(`/api/actions/${actionId}/deliveries/retry`, { ids: [failed[0].id] });
    expect(one.body).toEqual({ requeued: 1 });
    await waitUntilSettled(testApp, 20_000);
    expect((await rows()).map((row) => row.status)).toEqual(['sent', ...failed.slice(1).map(() => 'failed')]);
    expect((await staff.post(`/api/actions/${actionId}/deliveries/retry`, {})).body).toEqual({ requeued: failed.length - 1 });
    await waitUntilSettled(testApp, 20_000);
    expect(await outboxCounts(testApp)).toMatchObject({ sent: failed.length });
    expect((await staff.post(`/api/actions/${actionId}/deliveries/retry`, { ids: ['nope'] })).status).toBe(400);
  });
});
