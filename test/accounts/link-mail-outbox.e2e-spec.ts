import { DataSource } from 'typeorm';
import { PersonalDataService } from '../../src/supporters/personal-data.service';
import { Supporter } from '../../src/supporters/supporter.entity';
import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';

const linkIn = (text: string | undefined, path: string) => new RegExp(`https?://\\S+${path}\\S+`).exec(text ?? '')?.[0];

describe('confirmation and sign-in links go through the outbox: a relay that is down loses none of them, and none stays readable', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let publicHttp: ReturnType<typeof httpClient>;
  let actionId: string;

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, new Date().toISOString(), {
      PUBLIC_URL: 'http://ua.example.org',
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      RELAY_PROBE_MS: '200',
      MAIL_RETRY_MAX_DELAY_MS: '200',
    });
    publicHttp = httpClient(testApp.baseUrl);
    const editor = await staffClient(testApp, 'editor');
    actionId = (await editor.post('/api/actions', inventedAction({ reference: 'UA 701/30' }))).body.id;
    expect((await editor.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
  });
  afterAll(async () => {
    await testApp?.close();
    await sink?.close();
  });

  const mailTo = (address: string, path: string) =>
    sink.messages.find((mail) => JSON.stringify(mail.to).includes(address) && linkIn(mail.text, path));

  it('answers a sign-up at once while the relay refuses us, and mails the confirmation once the relay takes mail again', async () => {
    sink.refuseSender = () => ({ code: 421, message: 'Service not available, try again later' });
    const answer = await publicHttp.post('/api/supporters', { email: 'relay.down@example.org', name: 'Relay Down', actionId });
    expect(answer.status).toBe(202);
    await waitFor(
      'the relay to be tried',
      () =>
        sink.attempts > 0 ||
        testApp
          .get(DataSource)
          .query(`SELECT 1 FROM notification_outbox WHERE "recipient" = 'relay.down@example.org' AND "attempts" > 0`)
          .then((rows: unknown[]) => rows.length > 0),
    );
    expect(mailTo('relay.down@example.org', '/my/confirm/')).toBeUndefined();

    sink.refuseSender = () => null;
    const mail = (await waitFor('the confirmation mail', () => mailTo('relay.down@example.org', '/my/confirm/'), 30_000))!;
    expect(mail.subject).toBe('Please confirm your subscription, Relay Down');
    expect(mail.html).toContain('/my/confirm/');
    const confirmed = await publicHttp.get(
      new URL(linkIn(mail.text, '/my/confirm/') as string).pathname.replace(/^\/my\//, '/api/supporters/'),
    );
    expect(confirmed.status).toBe(200);
  });

  it('writes the sign-in link in the supporter’s language, then keeps no working link in the database once it has gone', async () => {
    const dataSource = testApp.get(DataSource);
    await publicHttp.post('/api/supporters', { email: 'min.seo@example.org', name: '서민', actionId, language: 'ko' });
    const confirmation = (await waitFor('the Korean confirmation', () => mailTo('min.seo@example.org', '/my/confirm/')))!;
    expect(confirmation.subject).toBe('서민님, 구독을 확인해 주세요');
    expect(
      (await publicHttp.get(new URL(linkIn(confirmation.text, '/my/confirm/') as string).pathname.replace(/^\/my\//, '/api/supporters/')))
        .status,
    ).toBe(200);

    expect((await publicHttp.post('/api/supporters/magic-link', { email: 'min.seo@example.org' })).status).toBe(202);
    const signIn = (await waitFor('the sign-in link', () => mailTo('min.seo@example.org', '/my/session/')))!;
    expect(signIn.subject).toBe('서민님의 로그인 링크');
    const token = /\/my\/session\/(\S+)/.exec(signIn.text as string)?.[1] as string;
    const stored = await waitFor('the sent link mail’s words to be cleared', async () => {
      const rows: { textBody: string; htmlBody: string; status: string }[] = await dataSource.query(
        `SELECT c."textBody", c."htmlBody", o."status" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId"
         WHERE o."recipient" = 'min.seo@example.org' AND o."kind" = 'sign-in link'`,
      );
      return rows.length === 1 && rows[0].textBody === '' ? rows : null;
    });
    expect(stored?.[0]).toEqual({ textBody: '', htmlBody: '', status: 'sent' });
    const everything: { all: string }[] = await dataSource.query(
      `SELECT string_agg("textBody" || "htmlBody", '') AS "all" FROM notification_content`,
    );
    expect(everything[0].all ?? '').not.toContain(token);
  });

  it('erasing a supporter deletes the link mails written to them', async () => {
    const dataSource = testApp.get(DataSource);
    const supporter = await dataSource.getRepository(Supporter).findOneByOrFail({ email: 'relay.down@example.org' });
    const before: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS "count" FROM notification_outbox WHERE "supporterId" = $1`,
      [supporter.id],
    );
    expect(before[0].count).toBeGreaterThan(0);
    await testApp.get(PersonalDataService).erase(supporter.id);
    const left: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS "count" FROM notification_content WHERE "subject" LIKE '%Relay Down%'`,
    );
    expect(left[0].count).toBe(0);
  });
});
