import { DataSource } from 'typeorm';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Target } from '../../src/targets/target.entity';
import { TargetKind } from '../../src/targets/target-kind';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

describe('letters going back to the queue take new pacing slots', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z');
    staff = await staffClient(testApp, 'admin');
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 91/31' }))).body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  const slotsOf = (targetId: string): Promise<{ status: string; dueAt: Date }[]> =>
    testApp
      .get(DataSource)
      .query(`SELECT "status", "dueAt" FROM notification_outbox WHERE "targetId" = $1 AND "status" <> 'failed' ORDER BY "dueAt"`, [
        targetId,
      ]);

  it('spreads letters held for a flagged target over new slots when staff clear the flag hours later, and re-driven ones too', async () => {
    const dataSource = testApp.get(DataSource);
    const target = await dataSource.getRepository(Target).save(
      dataSource.getRepository(Target).create({
        name: 'Invented Ambassador',
        kind: TargetKind.Embassy,
        country: 'FR',
        email: 'embassy@ministry.example.org',
      }),
    );
    const letter = (key: string) =>
      testApp.get(TargetMessages).queue({
        dedupeKey: key,
        targetId: target.id,
        recipient: 'embassy@ministry.example.org',
        actionId,
        language: 'en',
        subject: `Appeal ${key}`,
        text: 'Release her.',
        html: '<p>Release her.</p>',
      });
    sink.refuse = () => ({ code: 550, message: '5.1.1 Mailbox unavailable' });
    await letter('first');
    await waitUntilSettled(testApp);
    for (const key of ['a', 'b', 'c', 'd']) await letter(key);
    // Their slots come (10:02 … 10:08) while the target is flagged: every one is held.
    testApp.clock.set('2031-01-05T10:10:00Z');
    await testApp.get(OutboxReconciler).pass();
    await waitUntilSettled(testApp);
    expect((await slotsOf(target.id)).map((row) => row.status)).toEqual(['held', 'held', 'held', 'held']);

    // Staff clear the flag at 15:00: the four go two minutes apart from then, not at once.
    sink.refuse = () => null;
    testApp.clock.set('2031-01-05T15:00:00Z');
    await dataSource.getRepository(Target).update(target.id, { emailUndeliverableAt: null, emailUndeliverableReason: null });
    expect(await testApp.get(OutboxReconciler).pass()).toMatchObject({ released: 4 });
    expect((await slotsOf(target.id)).map((row) => new Date(row.dueAt).toISOString())).toEqual([
      '2031-01-05T15:00:00.000Z',
      '2031-01-05T15:02:00.000Z',
      '2031-01-05T15:04:00.000Z',
      '2031-01-05T15:06:00.000Z',
    ]);
    await waitFor('the first released letter', () => sink.messages.length >= 1);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sink.messages.map((mail) => mail.subject)).toEqual(['Appeal a']);

    // The first letter, failed at 10:00, re-driven by staff: it takes the slot after the last one.
    const retried = await staff.post(`/api/actions/${actionId}/deliveries/retry`, {});
    expect(retried.body).toEqual({ requeued: 1 });
    const [{ dueAt }] = await dataSource.query(`SELECT "dueAt" FROM notification_outbox WHERE "dedupeKey" = 'target:first'`);
    expect(new Date(dueAt).toISOString()).toBe('2031-01-05T15:08:00.000Z');
  });
});
