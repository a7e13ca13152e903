import { DataSource } from 'typeorm';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Target } from '../../src/targets/target.entity';
import { TargetKind } from '../../src/targets/target-kind';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe('temporary and permanent SMTP failures', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  const rowsTo = (pattern: string) =>
    testApp
      .get(DataSource)
      .query(
        `SELECT "recipient", "status", "attempts", "lastError" FROM notification_outbox WHERE "recipient" LIKE $1 ORDER BY "recipient", "dueAt"`,
        [pattern],
      );

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', { MAIL_SEND_ATTEMPTS: '6' });
    staff = await staffClient(testApp, 'admin');
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 21/31' }));
    actionId = created.body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('gets every message through a server that answers 451 for a while, retrying with backoff', async () => {
    await createAudience(testApp.get(DataSource), { actionId, subscribers: 20 });
    const refusals = new Map<string, number>();
    sink.refuse = (recipient) => {
      const seen = refusals.get(recipient) ?? 0;
      refusals.set(recipient, seen + 1);
      return seen < 2 ? { code: 451, message: '4.3.0 Greylisted, try again later' } : null;
    };
    await staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' });
    await waitUntilSettled(testApp);
    const rows = await rowsTo('subscriber-%');
    expect(rows).toHaveLength(20);
    expect(rows.every((row: { status: string; attempts: number }) => row.status === 'sent' && row.attempts === 3)).toBe(true);
    expect(new Set(sink.messages.map((mail) => (mail.to as { text: string }).text)).size).toBe(20);
    expect(sink.messages).toHaveLength(20);
    sink.messages.length = 0;
  });

  it("marks messages refused with 550 failed at once, with the server's reason", async () => {
    sink.refuse = (recipient) => (recipient.startsWith('subscriber-') ? { code: 550, message: '5.1.1 No such user here' } : null);
    await staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'More news', body: 'Still held.' });
    await waitUntilSettled(testApp);
    const failed = (await rowsTo('subscriber-%')).filter((row: { status: string }) => row.status === 'failed');
    expect(failed).toHaveLength(20);
    expect(
      failed.every((row: { attempts: number; lastError: string }) => row.attempts === 1 && /550.*No such user/.test(row.lastError)),
    ).toBe(true);
    expect(sink.messages).toHaveLength(0);
    const report = await staff.get(`/api/actions/${actionId}/deliveries`);
    expect(report.body.failed).toBe(20);
    expect(report.body.failures[0]).toMatchObject({ status: 'failed', lastError: expect.stringContaining('550') });
  });

  it('flags a target whose address fails permanently and holds further mail to it for staff', async () => {
    const dataSource = testApp.get(DataSource);
    const target = await dataSource.getRepository(Target).save(
      dataSource.getRepository(Target).create({
        name: 'Invented Ambassador',
        kind: TargetKind.Embassy,
        country: 'FR',
        email: 'embassy@ministry.example.org',
      }),
    );
    sink.refuse = (recipient) =>
      recipient === 'embassy@ministry.example.org' ? { code: 550, message: '5.1.1 Mailbox unavailable' } : null;
    const letters = testApp.get(TargetMessages);
    const letter = (key: string) =>
      letters.queue({
        dedupeKey: key,
        targetId: target.id,
        recipient: 'embassy@ministry.example.org',
        actionId,
        language: 'en',
        subject: 'Appeal for Test Person Alpha',
        text: 'Your Excellency, release her.',
        html: '<p>Your Excellency, release her.</p>',
      });
    await letter('letter-1');
    await waitUntilSettled(testApp);
    const flagged = await dataSource.getRepository(Target).findOneByOrFail({ id: target.id });
    expect(flagged.emailUndeliverableAt).toBeInstanceOf(Date);
    expect(flagged.emailUndeliverableReason).toContain('Mailbox unavailable');

    sink.refuse = () => null;
    const second = await letter('letter-2');
    // Paced: 30 an hour to one target, so the second goes two minutes after the first.
    expect(second.dueAt.toISOString()).toBe('2031-01-05T10:02:00.000Z');
    testApp.clock.set('2031-01-05T10:02:00Z');
    await testApp.get(OutboxReconciler).pass();
    await waitUntilSettled(testApp);
    expect(await rowsTo('embassy@%')).toEqual([
      expect.objectContaining({ status: 'failed', attempts: 1 }),
      expect.objectContaining({ status: 'held', attempts: 0, lastError: expect.stringContaining('staff') }),
    ]);
    expect(sink.messages).toHaveLength(0);

    // Staff clear the flag: the held letter goes.
    await dataSource.getRepository(Target).update(target.id, { emailUndeliverableAt: null, emailUndeliverableReason: null });
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ released: 1 });
    await waitUntilSettled(testApp);
    expect(sink.messages.map((mail) => mail.subject)).toEqual(['Appeal for Test Person Alpha']);
  });

  it("paces letters to one target across actions, and holds a fax until 08:00 in the target's time zone", async () => {
    const dataSource = testApp.get(DataSource);
    const target = await dataSource.getRepository(Target).save(
      dataSource.getRepository(Target).create({
        name: 'Invented Minister of Justice',
        kind: TargetKind.Minister,
        country: 'KR',
        fax: '+82 2 1234 5678',
      }),
    );
    const letters = testApp.get(TargetMessages);
    const fax = (key: string) =>
      letters.queue({
        dedupeKey: key,
        targetId: target.id,
        recipient: '8221234567@fax.example.net',
        actionId,
        language: 'en',
        faxTimeZone: 'Asia/Seoul',
        subject: 'Appeal',
        text: 'Release her.',
        html: '<p>Release her.</p>',
      });
    // 10:02 UTC is 19:02 in Seoul: open, so they go two minutes apart.
    testApp.clock.set('2031-01-05T10:02:00Z');
    const scheduled = [await fax('fax-0'), await fax('fax-1'), await fax('fax-2')];
    expect(scheduled.map((slot) => slot.dueAt.toISOString())).toEqual([
      '2031-01-05T10:02:00.000Z',
      '2031-01-05T10:04:00.000Z',
      '2031-01-05T10:06:00.000Z',
    ]);
    // 14:00 UTC is 23:00 in Seoul: the fax waits for 08:00 there.
    testApp.clock.set('2031-01-05T14:00:00Z');
    expect((await fax('fax-late')).dueAt.toISOString()).toBe('2031-01-05T23:00:00.000Z');
    const again = await letters.queue({
      dedupeKey: 'fax-0',
      targetId: target.id,
      recipient: '8221234567@fax.example.net',
      language: 'en',
      subject: 'Appeal',
      text: 'x',
      html: 'x',
    });
    expect(again).toEqual(scheduled[0]);

    // Closing the action cancels the letters still waiting; the one already due has gone.
    expect((await staff.post(`/api/actions/${actionId}/close`, { outcome: 'released' })).status).toBe(200);
    const statuses = (await rowsTo('8221234567@%')).map((row: { status: string }) => row.status);
    expect(statuses.filter((status: string) => status === 'cancelled')).toHaveLength(3);
    await waitUntilSettled(testApp);
    expect((await rowsTo('8221234567@%')).map((row: { status: string }) => row.status).sort()).toEqual([
      'cancelled',
      'cancelled',
      'cancelled',
      'sent',
    ]);
  });
});
