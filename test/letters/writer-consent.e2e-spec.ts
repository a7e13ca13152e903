import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RetentionTask } from '../../src/privacy/retention.task';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';
import { confirmationMails, confirmationToken } from '../support/writer-inbox';

const writer = (label: string) => ({
  name: 'Ji-woo Park',
  email: `${label}-${randomBytes(3).toString('hex')}@example.net`,
  city: 'Busan',
  country: 'KR',
});

describe('letters the system sends in a writer’s name wait for that writer’s consent', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;
  const queuePrefix = `uatest-consent-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await letterTestApp({
      SMTP_URL: smtp.url,
      RUN_WORKER: 'true',
      RUN_SCHEDULER: 'false',
      QUEUE_PREFIX: queuePrefix,
      FAX_GATEWAY: 'email',
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      PUBLIC_URL: 'https://appeals.example.org',
    });
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });
  beforeEach(() => {
    app.clock.time = new Date('2012-03-05T10:00:00Z');
  });

  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const database = () => app.testApp.get(DataSource);
  const appeals = () =>
    database()
      .getRepository(AppealRecord)
      .count({ where: { action: { id: action.id } } });
  const targetRows = (): Promise<{ count: number }[]> =>
    database().query(`SELECT count(*)::int AS "count" FROM notification_outbox WHERE "kind" = 'target message' AND "actionId" = $1`, [
      action.id,
    ]);
  const appealTotal = async () => (await http.get(`/api/actions/${action.id}/figures`)).body;
  const mailsTo = (address: string) => smtp.messages.filter((mail) => JSON.stringify(mail.to).includes(address));

  it('holds an anonymous writer’s letter, neither counted nor queued, until they confirm from their inbox; one link sends every letter of the visit', async () => {
    const me = writer('anonymous');
    const figuresBefore = await appealTotal();
    const first = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...me,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
      language: 'en',
    });
    expect(first.status).toBe(202);
    expect(first.body).toMatchObject({
      status: 'awaiting confirmation',
      appealRecordId: null,
      dueAt: null,
      messageId: null,
      repeated: false,
      confirmation: { sentTo: me.email, expiresAt: '2012-03-12T10:00:00.000Z' },
    });
    const second = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...me,
      targetId: targetId('So Se-pyong'),
      channel: 'fax',
      language: 'ko',
    });
    expect(second.status).toBe(202);

    const token = await confirmationToken(smtp, me.email);
    const [mail] = confirmationMails(smtp, me.email);
    expect(mail.text).toContain('https://appeals.example.org/my/letters/');
    // The mail names no target or action: whoever typed the address learns nothing from it.
    expect(mail.text).not.toContain('Sin Son-ho');
    // Neither counted nor paced: no appeal, no outbox row for the targets, the figures as they were.
    expect(await appeals()).toBe(0);
    expect(await targetRows()).toEqual([{ count: 0 }]);
    expect(await appealTotal()).toEqual(figuresBefore);
    expect(mailsTo('dpr.korea@verizon.net')).toHaveLength(0);
    // One mail for the visit, however many letters.
    expect(confirmationMails(smtp, me.email)).toHaveLength(1);

    const waiting = await http.get(`/api/letters/confirm/${token}`);
    expect(waiting.status).toBe(200);
    expect(waiting.body.letters.map((letter: any) => [letter.targetId, letter.status])).toEqual([
      [targetId('Sin Son-ho'), 'awaiting confirmation'],
      [targetId('So Se-pyong'), 'awaiting confirmation'],
    ]);
    // Opening the link sends nothing: a link scanner must not consent for the writer.
    expect(await appeals()).toBe(0);

    const confirmed = await http.post(`/api/letters/confirm/${token}`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.letters).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        targetId: targetId('Sin Son-ho'),
        appealRecordId: expect.any(String),
        dueAt: '2012-03-05T10:00:00.000Z',
      }),
      expect.objectContaining({
        status: 'confirmed',
        targetId: targetId('So Se-pyong'),
        appealRecordId: expect.any(String),
        language: 'ko',
      }),
    ]);
    expect(await appeals()).toBe(2);
    await waitFor('the confirmed letter to reach its target', () => mailsTo('dpr.korea@verizon.net').length === 1);
    expect(mailsTo('dpr.korea@verizon.net')[0].replyTo?.value).toEqual([{ name: 'Ji-woo Park', address: me.email }]);

    const again = await http.post(`/api/letters/confirm/${token}`);
    expect(again.status).toBe(410);
    expect(await appeals()).toBe(2);
  });

  it('lets the link lapse after 7 days: nothing is sent, and asking again mails a new link', async () => {
    const me = writer('lapsed');
    const asked = await http.post(`/api/actions/${action.id}/letters/send`, { ...me, targetId: targetId('Ri Myong-su'), channel: 'email' });
    expect(asked.status).toBe(422); // Ri Myong-su has no email address
    const sent = await http.post(`/api/actions/${action.id}/letters/send`, { ...me, targetId: targetId('Sin Son-ho'), channel: 'fax' });
    expect(sent.status).toBe(202);
    const token = await confirmationToken(smtp, me.email);
    app.clock.time = new Date('2012-03-12T10:00:01Z');
    const late = await http.post(`/api/letters/confirm/${token}`);
    expect(late.status).toBe(401);
    expect(late.body.errors).toEqual([{ field: 'token', message: expect.stringContaining('expired') }]);
    expect(
      await database()
        .getRepository(AppealRecord)
        .count({ where: { action: { id: action.id }, channel: 'fax' as any } }),
    ).toBe(1);

    const renewed = await http.post(`/api/actions/${action.id}/letters/send`, { ...me, targetId: targetId('Sin Son-ho'), channel: 'fax' });
    expect(renewed.status).toBe(202);
    expect(renewed.body).toMatchObject({
      letterRequestId: sent.body.letterRequestId,
      confirmation: { expiresAt: '2012-03-19T10:00:01.000Z' },
    });
    await waitFor('a second confirmation mail', () => confirmationMails(smtp, me.email).length === 2);
  });

  it('keeps nothing of letters whose link lapsed unconfirmed: the daily retention task removes them', async () => {
    const me = writer('forgotten');
    const asked = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...me,
      targetId: targetId('Sin Son-ho'),
      channel: 'fax',
      personalNote: 'A paragraph nobody confirmed',
    });
    expect(asked.status).toBe(202);
    const holding = () => database().query(`SELECT count(*)::int AS "count" FROM letter_request WHERE "writerEmail" = $1`, [me.email]);
    app.clock.time = new Date('2012-03-12T09:59:00Z');
    expect((await app.testApp.get(RetentionTask).purge()).lapsedLetterRequestsRemoved).toBe(0);
    expect(await holding()).toEqual([{ count: 1 }]);
    app.clock.time = new Date('2012-03-12T10:00:01Z');
    expect((await app.testApp.get(RetentionTask).purge()).lapsedLetterRequestsRemoved).toBeGreaterThanOrEqual(1);
    expect(await holding()).toEqual([{ count: 0 }]);
    expect(JSON.stringify(await database().query('SELECT * FROM letter_request'))).not.toContain('A paragraph nobody confirmed');
    expect(await database().query('SELECT 1 FROM writer_confirmation WHERE "writerEmail" = $1', [me.email])).toEqual([]);
  });

  it('sends at once for a signed-in supporter writing from their confirmed address, and asks anyone else', async () => {
    const { http: signedIn, supporter } = await supporterClient(app.testApp, { name: 'Kim Confirmed' });
    const before = await appeals();
    const own = await signedIn.post(`/api/actions/${action.id}/letters/send`, {
      name: 'Kim Confirmed',
      email: supporter.email.toUpperCase(),
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ status: 'confirmed', confirmation: null, appealRecordId: expect.any(String) });
    expect(await appeals()).toBe(before + 1);
    const record = await database()
      .getRepository(AppealRecord)
      .findOne({ where: { id: own.body.appealRecordId }, relations: { supporter: true } });
    expect(record?.supporter?.id).toBe(supporter.id);

    const someoneElse = writer('not-mine');
    const other = await signedIn.post(`/api/actions/${action.id}/letters/send`, {
      ...someoneElse,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
    });
    expect(other.status).toBe(202);
    expect(await appeals()).toBe(before + 1);
  });
});
