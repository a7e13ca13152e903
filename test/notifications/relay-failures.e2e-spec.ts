import { DataSource } from 'typeorm';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Target } from '../../src/targets/target.entity';
import { TargetKind } from '../../src/targets/target-kind';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('the relay refusing us is not the recipient failing', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { RELAY_PROBE_MS: '200' });
    staff = await staffClient(testApp, 'admin');
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 61/31' }))).body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it("keeps the letter and the target's address when the relay refuses our sender with 554, shows it on the report, and sends once it accepts", async () => {
    const dataSource = testApp.get(DataSource);
    const target = await dataSource.getRepository(Target).save(
      dataSource.getRepository(Target).create({
        name: 'Invented Ambassador',
        kind: TargetKind.Embassy,
        country: 'FR',
        email: 'embassy@ministry.example.org',
      }),
    );
    sink.refuseSender = () => ({ code: 554, message: '5.7.1 Sender address rejected: not owned by the authenticated user' });
    const { id } = await testApp.get(TargetMessages).queue({
      dedupeKey: 'relay-1',
      targetId: target.id,
      recipient: 'embassy@ministry.example.org',
      actionId,
      language: 'en',
      subject: 'Appeal for Test Person Alpha',
      text: 'Your Excellency, release her.',
      html: '<p>Your Excellency, release her.</p>',
    });
    const row = () =>
      dataSource
        .query('SELECT "status", "attempts", "lastError" FROM notification_outbox WHERE "id" = $1', [id])
        .then((rows: any[]) => rows[0]);
    await waitFor('a few refused attempts (the first, then probes)', async () => (await row()).attempts >= 3);
    expect(await row()).toMatchObject({ status: 'queued', lastError: expect.stringContaining('554') });
    const flagged = await dataSource.getRepository(Target).findOneByOrFail({ id: target.id });
    expect(flagged.emailUndeliverableAt).toBeNull();
    expect(flagged.undeliverableEmails).toEqual([]);
    const report = await staff.get(`/api/actions/${actionId}/deliveries`);
    expect(report.body.relay).toMatchObject({
      problem: expect.stringContaining('Sender address rejected'),
      failingSince: expect.any(String),
    });
    expect(report.body.failed).toBe(0);

    sink.refuseSender = () => null;
    await waitUntilSettled(testApp);
    expect(await row()).toMatchObject({ status: 'sent' });
    expect(sink.messages.map((mail) => mail.subject)).toEqual(['Appeal for Test Person Alpha']);
    expect((await staff.get(`/api/actions/${actionId}/deliveries`)).body.relay).toBeNull();
  });
});
