import { DataSource } from 'typeorm';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Target } from '../../src/targets/target.entity';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';

describe('a target with several email addresses', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z');
    staff = await staffClient(testApp, 'admin');
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 22/31' }));
    actionId = created.body.id;
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('keeps every address in order, the first as `email`; a client that sends only `email` still works', async () => {
    const several = await staff.post('/api/targets', {
      name: 'Julián Invented Pacheco',
      kind: 'minister',
      country: 'HN',
      emails: ['despacho@Seguridad.EXAMPLE.hn', 'ministro@seguridad.example.hn'],
    });
    expect(several.status).toBe(201);
    expect(several.body).toMatchObject({
      email: 'despacho@seguridad.example.hn',
      emails: ['despacho@seguridad.example.hn', 'ministro@seguridad.example.hn'],
      undeliverableEmails: [],
    });
    const one = await staff.post('/api/targets', {
      name: 'Invented Fiscal',
      kind: 'prosecutor',
      country: 'HN',
      email: 'fiscal@mp.example.hn',
    });
    expect(one.body).toMatchObject({ email: 'fiscal@mp.example.hn', emails: ['fiscal@mp.example.hn'] });
    // An older client edits the one address it knows: it goes first, the other addresses stay.
    const edited = await staff.patch(`/api/targets/${several.body.id}`, { email: 'nuevo@seguridad.example.hn' });
    expect(edited.body).toMatchObject({
      email: 'nuevo@seguridad.example.hn',
      emails: ['nuevo@seguridad.example.hn', 'despacho@seguridad.example.hn', 'ministro@seguridad.example.hn'],
    });
    const bad = await staff.post('/api/targets', {
      name: 'Invented Other',
      kind: 'minister',
      country: 'HN',
      emails: ['ok@example.hn', 'not an address'],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((error: { field: string }) => error.field)).toEqual(['emails']);
  });

  it('sends to the next address when the first fails permanently, and flags the target only when none is left', async () => {
    const created = await staff.post('/api/targets', {
      name: 'Invented Ambassador',
      kind: 'embassy',
      country: 'FR',
      emails: ['first@embassy.example.org', 'second@embassy.example.org'],
    });
    const targets = testApp.get(DataSource).getRepository(Target);
    sink.refuse = (recipient) => (recipient === 'first@embassy.example.org' ? { code: 550, message: '5.1.1 Mailbox unavailable' } : null);
    const letter = async (key: string) => {
      const target = await targets.findOneByOrFail({ id: created.body.id });
      return testApp.get(TargetMessages).queue({
        dedupeKey: key,
        targetId: target.id,
        recipient: target.email as string,
        actionId,
        language: 'en',
        subject: `Appeal ${key}`,
        text: 'Your Excellency, release her.',
        html: '<p>Your Excellency, release her.</p>',
      });
    };

    await letter('letter-1');
    await waitUntilSettled(testApp);
    const moved = await targets.findOneByOrFail({ id: created.body.id });
    expect(moved).toMatchObject({
      email: 'second@embassy.example.org',
      undeliverableEmails: ['first@embassy.example.org'],
      emailUndeliverableAt: null,
    });

    testApp.clock.set('2031-01-05T10:05:00Z');
    await letter('letter-2');
    await waitUntilSettled(testApp);
    expect(sink.messages.map((mail) => [(mail.to as { text: string }).text, mail.subject])).toEqual([
      ['second@embassy.example.org', 'Appeal letter-2'],
    ]);

    sink.refuse = () => ({ code: 550, message: '5.1.1 Mailbox unavailable' });
    testApp.clock.set('2031-01-05T10:10:00Z');
    await letter('letter-3');
    await waitUntilSettled(testApp);
    const flagged = await targets.findOneByOrFail({ id: created.body.id });
    expect(flagged.undeliverableEmails).toEqual(['first@embassy.example.org', 'second@embassy.example.org']);
    expect(flagged.emailUndeliverableAt).toBeInstanceOf(Date);
  });
});
