import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTransport } from 'nodemailer';
import { DataSource } from 'typeorm';
import { BounceReceiver } from '../../src/notifications/bounces/bounce-receiver';
import { TargetMessages } from '../../src/notifications/sending/target-messages';
import { Supporter } from '../../src/supporters/supporter.entity';
import { Target } from '../../src/targets/target.entity';
import { TargetKind } from '../../src/targets/target-kind';
import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

const BOUNCE_DOMAIN = 'bounces.ua.example.org';

/** A DSN as the named server writes it, addressed to the row's return path and naming the recipient. */
function dsn(file: string, row: { id: string; recipient: string }): string {
  return readFileSync(join(__dirname, 'bounces', file), 'utf8')
    .replace(/\r?\n/g, '\r\n')
    .replaceAll('{{RETURN_PATH}}', `bounce+${row.id}@${BOUNCE_DOMAIN}`)
    .replaceAll('{{RECIPIENT}}', row.recipient)
    .replaceAll('{{ROW_ID}}', row.id);
}

describe('bounces taken in at the inbound SMTP endpoint', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;
  let deliver: (to: string, raw: string) => Promise<unknown>;

  const row = (id: string) =>
    testApp
      .get(DataSource)
      .query('SELECT "id", "status", "recipient", "lastError", "settledAt" FROM notification_outbox WHERE "id" = $1', [id])
      .then((rows: any[]) => rows[0]);

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z', {
      MAIL_FROM: 'appeals@ua.example.org',
      BOUNCE_DOMAIN,
      BOUNCE_SMTP_PORT: '0',
    });
    staff = await staffClient(testApp, 'admin');
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 71/31' }))).body.id;
    await staff.post(`/api/actions/${actionId}/publish`);
    const { port } = testApp.get(BounceReceiver).address() as { port: number };
    // The remote server returning the message: a null sender, as a DSN has (RFC 3464).
    const remote = createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true });
    deliver = (to, raw) => remote.sendMail({ envelope: { from: '', to: [to] }, raw });
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('sends a letter with its own return path, and a later 5.1.1 bounce settles it as bounced and flags the target', async () => {
    const dataSource = testApp.get(DataSource);
    const target = await dataSource.getRepository(Target).save(
      dataSource.getRepository(Target).create({
        name: 'Invented Ambassador',
        kind: TargetKind.Embassy,
        country: 'FR',
        email: 'embassy@ministry.example.org',
      }),
    );
    const { id } = await testApp.get(TargetMessages).queue({
      dedupeKey: 'bounce-letter',
      targetId: target.id,
      recipient: 'embassy@ministry.example.org',
      actionId,
      language: 'en',
      subject: 'Appeal for Test Person Alpha',
      text: 'Your Excellency, release her.',
      html: '<p>Your Excellency, release her.</p>',
    });
    await waitUntilSettled(testApp);
    expect(await row(id)).toMatchObject({ status: 'sent' });
    expect(sink.senders).toEqual([`bounce+${id}@${BOUNCE_DOMAIN}`]);

    await deliver(`bounce+${id}@${BOUNCE_DOMAIN}`, dsn('postfix-user-unknown.eml', { id, recipient: 'embassy@ministry.example.org' }));
    expect(await row(id)).toMatchObject({ status: 'bounced', lastError: expect.stringMatching(/5\.1\.1.*User unknown/) });
    const flagged = await dataSource.getRepository(Target).findOneByOrFail({ id: target.id });
    expect(flagged.emailUndeliverableAt).toBeInstanceOf(Date);
    expect(flagged.emailUndeliverableReason).toContain('User unknown');
    const report = await staff.get(`/api/actions/${actionId}/deliveries`);
    expect(report.body.bounced).toBe(1);
    expect(report.body.failures).toEqual([expect.objectContaining({ id, status: 'bounced', lastError: expect.stringContaining('5.1.1') })]);
  });

  it('flags a supporter whose notice bounced, and sends them no further notices; a delay report changes nothing', async () => {
    const dataSource = testApp.get(DataSource);
    await createAudience(dataSource, { actionId, subscribers: 2 });
    await staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'News', body: 'Moved.' });
    await waitUntilSettled(testApp);
    const notices: { id: string; recipient: string; supporterId: string }[] = await dataSource.query(
      `SELECT "id", "recipient", "supporterId" FROM notification_outbox WHERE "kind" = 'update notice' ORDER BY "recipient"`,
    );
    expect(notices).toHaveLength(2);
    const [gone, delayed] = notices;

    await deliver(`bounce+${delayed.id}@${BOUNCE_DOMAIN}`, dsn('exchange-delayed.eml', delayed));
    await deliver(`bounce+${gone.id}@${BOUNCE_DOMAIN}`, dsn('gmail-mailbox-disabled.eml', gone));
    expect(await row(delayed.id)).toMatchObject({ status: 'sent', lastError: null });
    expect(await row(gone.id)).toMatchObject({
      status: 'bounced',
      lastError: expect.stringContaining('5.2.1 550-5.2.1 The email account that you tried to reach is disabled'),
    });
    const supporter = await dataSource.getRepository(Supporter).findOneByOrFail({ id: gone.supporterId });
    expect(supporter.emailBouncedAt).toBeInstanceOf(Date);

    sink.messages.length = 0;
    await staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'More news', body: 'Still held.' });
    await waitUntilSettled(testApp);
    expect(sink.messages.map((mail) => (mail.to as { text: string }).text)).toEqual([delayed.recipient]);
  });

  it('takes mail only for its bounce addresses: it relays nothing', async () => {
    await expect(deliver('someone@example.org', 'Subject: relay me\r\n\r\nHello')).rejects.toMatchObject({ responseCode: 550 });
    await expect(deliver(`bounce+00000000-0000-4000-8000-000000000000@elsewhere.example.org`, 'Subject: x\r\n\r\nx')).rejects.toMatchObject(
      { responseCode: 550 },
    );
  });
});
