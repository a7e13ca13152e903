import { createServer, IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AddressObject } from 'mailparser';
import { DataSource } from 'typeorm';
import { randomBytes } from 'node:crypto';
import { pdfText } from '../../src/importer/pdf-text';
import { OutboxReconciler } from '../../src/notifications/reconcile/outbox-reconciler';
import { MessageSender } from '../../src/notifications/sending/message-sender';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { Target } from '../../src/targets/target.entity';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction, seed003Action } from '../support/seed-fixtures';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';
import { sendConfirmed } from '../support/writer-inbox';

const MAIL_FROM = 'appeals@ua.example.org';
const SUPPORTER = { name: 'Ji-woo Park', email: 'ji-woo.park@example.net', city: 'Busan', country: 'KR' };

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((object) => object.value.map((entry) => entry.address));

/** Letters go through the paced outbox: the app runs its worker, on queue keys of its own. */
async function workingLetterApp(environment: Record<string, string>): Promise<LetterTestApp & { queuePrefix: string }> {
  const queuePrefix = `uatest-letters-${randomBytes(4).toString('hex')}`;
  const app = await letterTestApp({
    RUN_WORKER: 'true',
    RUN_SCHEDULER: 'false',
    QUEUE_PREFIX: queuePrefix,
    MAIL_RETRY_DELAY_MS: '10',
    ...environment,
  });
  return { ...app, queuePrefix };
}

/** The outbox row carrying an appeal's letter. */
function letterRow(
  app: LetterTestApp,
  appealRecordId: string,
): Promise<{ id: string; status: string; dueAt: Date; lastError: string | null; recipient: string; contentId: string }> {
  return app.testApp
    .get(DataSource)
    .query('SELECT * FROM notification_outbox WHERE "appealRecordId" = $1', [appealRecordId])
    .then((rows: any[]) => rows[0]);
}

/** Waits until the worker has sent the appeal's letter and the appeal record carries its message id. */
async function sentMessageId(app: LetterTestApp, appealRecordId: string): Promise<string> {
  const repository = app.testApp.get(DataSource).getRepository(AppealRecord);
  const messageId = await waitFor(
    `the letter of appeal ${appealRecordId} to be sent`,
    async () => (await repository.findOneByOrFail({ id: appealRecordId })).messageId,
  );
  return messageId as string;
}

describe('sending appeal letters by email and fax through a real SMTP server', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp & { queuePrefix: string };
  let http: ReturnType<typeof httpClient>;
  let action: any;
  const seed = seed003Action();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await workingLetterApp({
      SMTP_URL: smtp.url,
      MAIL_FROM,
      ORGANISATION_NAME: 'Invented Appeals Network',
      FAX_GATEWAY: 'email',
      FAX_EMAIL_ADDRESS_PATTERN: '{number}@fax.example.net',
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
    });
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(app.queuePrefix);
    await smtp.close();
  });
  beforeEach(() => {
    smtp.messages.length = 0;
    app.clock.time = new Date('2012-03-05T10:00:00Z');
  });

  const targetId = (subject: any, name: string) => subject.targets.find((link: any) => link.target.name === name).target.id;
  const records = () =>
    app.testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .find({ where: { action: { id: action.id } }, relations: { target: true }, order: { recordedAt: 'ASC' } });
  const mailsTo = (address: string) => smtp.messages.filter((mail) => addresses(mail.to).includes(address));
  const arrivedAt = (address: string, count = 1) => waitFor(`${count} message(s) to ${address}`, () => mailsTo(address).length >= count);
  let writers = 0;
  /** A letter asked for by a writer of its own and confirmed from their inbox, as the writer's consent requires. */
  const confirmedLetter = (actionId: string, fields: Record<string, unknown> & { targetId: string }) =>
    sendConfirmed(http, smtp, actionId, { ...SUPPORTER, email: `ji-woo.park+${(writers += 1)}@example.net`, ...fields });

  it('emails the letter from the organisation’s address under the supporter’s name, replies going to the supporter', async () => {
    const sent = await confirmedLetter(action.id, {
      email: SUPPORTER.email,
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'email',
      language: 'en',
    });
    // Counted once the writer confirmed; it goes now, as nothing else waits for this target.
    expect(sent.body).toMatchObject({ status: 'confirmed', channel: 'email', messageId: null, dueAt: '2012-03-05T10:00:00.000Z' });

    const messageId = await sentMessageId(app, sent.body.appealRecordId);
    expect(smtp.messages).toHaveLength(1);
    const [mail] = smtp.messages;
    expect(messageId).toBe(mail.messageId);
    expect(mail.from?.value).toEqual([{ name: 'Ji-woo Park', address: MAIL_FROM }]);
    expect(mail.replyTo?.value).toEqual([{ name: 'Ji-woo Park', address: SUPPORTER.email }]);
    expect(addresses(mail.to)).toEqual(['dpr.korea@verizon.net']);
    expect(mail.cc).toBeUndefined();
    expect(mail.subject).toBe('Urgent appeal: Fears for forcibly returned North Koreans');
    expect(mail.headers.get('x-urgent-action')).toBe('UA 66/12');
    for (const ask of seed.asks) {
      expect(mail.text).toContain(`– ${ask}`);
      expect(mail.html).toContain(`– ${ask}`);
    }
    expect(mail.text).toContain('Mr Sin Son-ho\n');
    expect(mail.text).not.toMatch(/&(#\d+|#x[0-9a-f]+|[a-z]+);/i);

    const [record] = await records();
    expect(record).toMatchObject({ channel: 'email', language: 'en', letterCount: 1, messageId: mail.messageId });
    expect(record.target?.name).toBe('Sin Son-ho');
    expect(record.sentAt.toISOString()).toBe('2012-03-05T10:00:00.000Z');
    expect(sent.body).toMatchObject({ appealRecordId: record.id, channel: 'email', targetId: record.target?.id });
    expect(await letterRow(app, record.id)).toMatchObject({
      status: 'sent',
      recipient: 'dpr.korea@verizon.net',
      messageId: mail.messageId,
    });
  });

  it('faxes the Korean letter through the email-to-fax gateway, the PDF attached, to the number’s address', async () => {
    const before = (await records()).length;
    const sent = await confirmedLetter(action.id, { targetId: targetId(action, 'So Se-pyong'), channel: 'fax', language: 'ko' });
    expect(sent.body.status).toBe('confirmed');
    // 10:00 UTC is 11:00 in Geneva: inside office hours, so it goes now.
    expect(sent.body.dueAt).toBe('2012-03-05T10:00:00.000Z');

    const messageId = await sentMessageId(app, sent.body.appealRecordId);
    expect(smtp.messages).toHaveLength(1);
    const [fax] = smtp.messages;
    expect(addresses(fax.to)).toEqual(['41227860662@fax.example.net']);
    expect(fax.from?.value).toEqual([{ name: 'Ji-woo Park', address: MAIL_FROM }]);
    expect(fax.attachments).toHaveLength(1);
    const [pdf] = fax.attachments;
    expect(pdf.contentType).toBe('application/pdf');
    expect(pdf.filename).toBe('ua-66-12-so-se-pyong-ko.pdf');
    const text = (await pdfText(new Uint8Array(pdf.content))).replace(/\s+/g, ' ');
    expect(text).toContain('So Se-pyong');
    expect(text).toContain('Chemin de Plonjon 1');
    expect(text).toContain('다음 사항을 정중히 요청드립니다.');
    expect(text).toContain('Ji-woo Park 드림');

    const all = await records();
    expect(all).toHaveLength(before + 1);
    expect(all[all.length - 1]).toMatchObject({ channel: 'fax', language: 'ko', messageId: fax.messageId });
    expect(messageId).toBe(fax.messageId);
    // Once faxed, the stored PDF (the supporter's name and address on it) is dropped.
    const [stored] = await app.testApp
      .get(DataSource)
      .query(
        'SELECT c."faxNumber", c."attachment" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE o."appealRecordId" = $1',
        [sent.body.appealRecordId],
      );
    expect(stored).toEqual({ faxNumber: '+41227860662', attachment: null });
  });

  it('never faxes a target without a fax number, nor emails one without an address, and counts nothing', async () => {
    const before = (await records()).length;
    const noFax = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId(action, 'Ri Myong-su'),
      channel: 'fax',
    });
    expect(noFax.status).toBe(422);
    expect(noFax.body.errors).toEqual([{ field: 'channel', message: expect.stringContaining('Ri Myong-su has no fax number') }]);
    const noEmail = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId(action, 'So Se-pyong'),
      channel: 'email',
    });
    expect(noEmail.status).toBe(422);
    expect(noEmail.body.errors[0].field).toBe('channel');
    expect(smtp.messages).toHaveLength(0);
    expect(await records()).toHaveLength(before);
  });

  it('holds a fax to an office where it is 23:00 until 08:00 there, and tells the supporter when it will go', async () => {
    // 22:00 UTC on 5 March is 23:00 in Geneva.
    app.clock.time = new Date('2012-03-05T22:00:00Z');
    const sent = await confirmedLetter(action.id, { targetId: targetId(action, 'So Se-pyong'), channel: 'fax', language: 'en' });
    expect(sent.body).toMatchObject({ channel: 'fax', messageId: null, dueAt: '2012-03-06T07:00:00.000Z' });
    expect((await records()).at(-1)?.id).toBe(sent.body.appealRecordId);
    const row = await letterRow(app, sent.body.appealRecordId);
    expect(row).toMatchObject({ status: 'queued', recipient: '+41227860662' });

    // A minute before 08:00 in Geneva the worker still will not send it.
    app.clock.time = new Date('2012-03-06T06:59:00Z');
    await app.testApp.get(OutboxReconciler).pass();
    expect(await app.testApp.get(MessageSender).send(row.id, false)).toEqual({
      result: 'not due',
      until: new Date('2012-03-06T07:00:00Z'),
    });
    expect(mailsTo('41227860662@fax.example.net')).toHaveLength(0);

    app.clock.time = new Date('2012-03-06T07:00:00Z');
    await app.testApp.get(OutboxReconciler).pass();
    await arrivedAt('41227860662@fax.example.net');
    expect(await sentMessageId(app, sent.body.appealRecordId)).toBe(mailsTo('41227860662@fax.example.net')[0].messageId);
    expect(mailsTo('41227860662@fax.example.net')[0].attachments.map((attachment) => attachment.filename)).toEqual([
      'ua-66-12-so-se-pyong-en.pdf',
    ]);
  });

  it('cancels a letter still waiting when the action closes: the row is cancelled and nothing is sent', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const closing = await publishedAtMarch5(
      editor,
      inventedAction({
        reference: 'UA 994/12',
        appealDeadline: '2012-04-20',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Prefect', kind: 'other', country: 'FR', fax: '+33 1 98 76 54 32', timeZone: 'Europe/Paris' },
          },
        ],
      }),
    );
    app.clock.time = new Date('2012-03-05T22:30:00Z'); // 23:30 in Paris
    const sent = await confirmedLetter(closing.id, { targetId: targetId(closing, 'Invented Prefect'), channel: 'fax' });
    expect(sent.body.dueAt).toBe('2012-03-06T07:00:00.000Z');

    expect((await editor.post(`/api/actions/${closing.id}/close`, { outcome: 'released' })).status).toBe(200);
    const row = await letterRow(app, sent.body.appealRecordId);
    expect(row).toMatchObject({ status: 'cancelled', lastError: expect.stringContaining('the action closed') });
    const [content] = await app.testApp
      .get(DataSource)
      .query('SELECT "attachment" FROM notification_content WHERE "id" = $1', [row.contentId]);
    expect(content).toEqual({ attachment: null });

    app.clock.time = new Date('2012-03-06T07:00:00Z');
    await app.testApp.get(OutboxReconciler).pass();
    expect(await app.testApp.get(MessageSender).send(row.id, false)).toEqual({ result: 'not queued' });
    expect(mailsTo('33198765432@fax.example.net')).toHaveLength(0);
    // The appeal was counted when the writer confirmed; its letter simply never went.
    const record = await app.testApp.get(DataSource).getRepository(AppealRecord).findOneByOrFail({ id: sent.body.appealRecordId });
    expect(record.messageId).toBeNull();
  });

  it('marks a letter the mail server refuses for good as failed with the reason and flags the address for staff', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const bouncing = await publishedAtMarch5(
      editor,
      inventedAction({
        reference: 'UA 995/12',
        appealDeadline: '2012-04-20',
        targets: [
          { role: 'primary', target: { name: 'Invented Consul', kind: 'other', country: 'FR', email: 'gone@consulate.example.org' } },
        ],
      }),
    );
    smtp.refuse = (recipient) => (recipient === 'gone@consulate.example.org' ? { code: 550, message: 'mailbox unavailable' } : null);
    try {
      const sent = await confirmedLetter(bouncing.id, { targetId: targetId(bouncing, 'Invented Consul'), channel: 'email' });
      const failed = await waitFor('the letter to fail', async () => {
        const row = await letterRow(app, sent.body.appealRecordId);
        return row.status === 'failed' ? row : null;
      });
      expect(failed?.lastError).toContain('mailbox unavailable');
      const target = await app.testApp
        .get(DataSource)
        .getRepository(Target)
        .findOneByOrFail({ id: targetId(bouncing, 'Invented Consul') });
      expect(target.emailUndeliverableReason).toContain('mailbox unavailable');
    } finally {
      smtp.refuse = () => null;
    }
    // Further letters by email to it are refused up front, saying why.
    const again = await http.post(`/api/actions/${bouncing.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId(bouncing, 'Invented Consul'),
      channel: 'email',
    });
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([{ field: 'channel', message: expect.stringContaining('bounced') }]);
    expect(smtp.messages).toHaveLength(0);
  });

  it('refuses bad input naming the field, and a target that is not on the action with 404', async () => {
    const missing = await http.post(`/api/actions/${action.id}/letters/send`, {
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'pigeon',
      email: 'nope',
    });
    expect(missing.status).toBe(400);
    expect([...new Set(missing.body.errors.map((error: any) => error.field))].sort()).toEqual(['channel', 'email', 'name']);
    const injected = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      name: 'Ji-woo\r\nBcc: everyone@example.org',
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'email',
    });
    expect(injected.status).toBe(400);
    expect(injected.body.errors).toEqual([expect.objectContaining({ field: 'name' })]);
    const stranger = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: '00000000-0000-4000-8000-000000000000',
      channel: 'email',
    });
    expect(stranger.status).toBe(404);
    expect(smtp.messages).toHaveLength(0);
  });

  it('refuses a send after the deadline with 422 unless the action takes late appeals', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const lenient = await publishedAtMarch5(
      editor,
      inventedAction({
        reference: 'UA 991/12',
        appealDeadline: '2012-04-01',
        lateAppealsAllowed: true,
        targets: [
          { role: 'primary', target: { name: 'Invented Prosecutor', kind: 'prosecutor', country: 'FR', email: 'prosecutor@example.org' } },
        ],
      }),
    );

    app.clock.time = new Date('2012-04-10T00:00:00Z'); // 10 April has begun in London
    const late = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'email',
    });
    expect(late.status).toBe(422);
    expect(late.body.errors).toEqual([{ field: 'appealDeadline', message: expect.stringContaining('has passed') }]);
    expect(smtp.messages).toHaveLength(0);

    const accepted = await confirmedLetter(lenient.id, { targetId: targetId(lenient, 'Invented Prosecutor'), channel: 'email' });
    expect(accepted.body.status).toBe('confirmed');
    await arrivedAt('prosecutor@example.org');
    expect(smtp.messages).toHaveLength(1);
  });

  it('puts the copy-to targets on Cc only when the action’s letter settings say so', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const withCopies = await publishedAtMarch5(
      editor,
      inventedAction({
        reference: 'UA 992/12',
        appealDeadline: '2012-04-20',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister of Justice', kind: 'minister', country: 'FR', email: 'justice@example.org' },
          },
          { role: 'copy', target: { name: 'Invented Ambassador', kind: 'embassy', country: 'FR', email: 'embassy@example.org' } },
        ],
      }),
    );
    const send = () => confirmedLetter(withCopies.id, { targetId: targetId(withCopies, 'Invented Minister of Justice'), channel: 'email' });

    expect((await send()).body.status).toBe('confirmed');
    await arrivedAt('justice@example.org');
    expect(smtp.messages[0].cc).toBeUndefined();

    const settings = await editor.put(`/api/actions/${withCopies.id}/letter-settings`, { copyTargetsOnCc: true });
    expect(settings.body).toMatchObject({ copyTargetsOnCc: true });
    const second = await send();
    expect(second.body.status).toBe('confirmed');
    // 30 an hour to one target, spread evenly: the second letter goes two minutes after the first.
    expect(second.body.dueAt).toBe('2012-03-05T10:02:00.000Z');
    app.clock.time = new Date('2012-03-05T10:02:00Z');
    await app.testApp.get(OutboxReconciler).pass();
    await arrivedAt('justice@example.org', 2);
    expect(addresses(smtp.messages[1].cc)).toEqual(['embassy@example.org']);
    const letters = await http.get(`/api/actions/${withCopies.id}/letters?name=Test`);
    expect(letters.body.letters[0].mailto.url).toMatch(/^mailto:justice@example\.org\?cc=embassy@example\.org&subject=/);
  });

  it('records "I’ve sent it" for post and mailto without sending anything', async () => {
    const before = (await records()).length;
    const posted = await http.post(`/api/actions/${action.id}/letters/record`, {
      targetId: targetId(action, 'Ri Myong-su'),
      channel: 'post',
      language: 'ko',
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toMatchObject({ channel: 'post', messageId: null, language: 'ko' });
    const mailed = await http.post(`/api/actions/${action.id}/letters/record`, {
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'mailto',
    });
    expect(mailed.status).toBe(201);
    expect(smtp.messages).toHaveLength(0);
    const all = await records();
    expect(all).toHaveLength(before + 2);
    expect(all.slice(-2).map((record) => [record.channel, record.target?.name])).toEqual([
      ['post', 'Ri Myong-su'],
      ['mailto', 'Sin Son-ho'],
    ]);
    const emailed = await http.post(`/api/actions/${action.id}/letters/record`, {
      targetId: targetId(action, 'Sin Son-ho'),
      channel: 'email',
    });
    expect(emailed.status).toBe(400);
  });

  it('signs a signed-in supporter’s letters with their profile and counts their appeals as theirs', async () => {
    const { http: signedIn, supporter } = await supporterClient(app.testApp, { name: 'Test Supporter Kim', city: 'Daegu', country: 'KR' });
    const previews = await signedIn.get(`/api/actions/${action.id}/letters?lang=en&target=${targetId(action, 'Sin Son-ho')}`);
    expect(previews.status).toBe(200);
    expect(previews.body.letters[0].text).toContain('Test Supporter Kim\nDaegu\nSouth Korea');
    const recorded = await signedIn.post(`/api/actions/${action.id}/letters/record`, {
      targetId: targetId(action, 'Ri Myong-su'),
      channel: 'post',
    });
    expect(recorded.status).toBe(201);
    const record = await app.testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .findOne({ where: { id: recorded.body.appealRecordId }, relations: { supporter: true } });
    expect(record?.supporter?.id).toBe(supporter.id);
  });

  it('sends a staff test only to the given address, with the PDF, counting nothing; the public may not', async () => {
    const before = (await records()).length;
    const body = {
      targetId: targetId(action, 'So Se-pyong'),
      channel: 'fax',
      language: 'en',
      to: 'editor@staff.example.org',
      name: 'Staff Tester',
    };
    expect((await http.post(`/api/actions/${action.id}/letters/test-send`, body)).status).toBe(401);
    const tested = await (await staffClient(app.testApp, 'editor')).post(`/api/actions/${action.id}/letters/test-send`, body);
    expect(tested.status).toBe(202);
    expect(tested.body).toMatchObject({ to: 'editor@staff.example.org', status: 'queued', messageId: expect.stringMatching(/^<.+@.+>$/) });
    // Through the outbox, not inside the request: a row of its own, sent by the worker under the Message-ID answered.
    const [row] = await app.testApp
      .get(DataSource)
      .query('SELECT "kind", "recipient", "targetId", "appealRecordId" FROM notification_outbox WHERE "id" = $1', [
        tested.body.outboxMessageId,
      ]);
    expect(row).toEqual({ kind: 'letter test', recipient: 'editor@staff.example.org', targetId: null, appealRecordId: null });
    await waitFor('the test letter to reach the SMTP server', () => smtp.messages.length === 1);
    const [mail] = smtp.messages;
    expect(mail.messageId).toBe(tested.body.messageId);
    expect(addresses(mail.to)).toEqual(['editor@staff.example.org']);
    expect(mail.cc).toBeUndefined();
    expect(mail.subject).toBe('[TEST] Urgent appeal: Fears for forcibly returned North Koreans');
    expect(mail.text).toContain('nothing was sent to So Se-pyong');
    expect(mail.attachments.map((attachment) => attachment.contentType)).toEqual(['application/pdf']);
    expect(mail.attachments[0].filename).toMatch(/\.pdf$/);
    expect(await records()).toHaveLength(before);
    // Once gone, the outbox keeps neither the words nor the PDF.
    const kept = await waitFor('the sent test letter to be forgotten', async () => {
      const [row] = await app.testApp
        .get(DataSource)
        .query(
          `SELECT o."status", c."textBody", c."attachment" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE o."id" = $1`,
          [tested.body.outboxMessageId],
        );
      return row.textBody === '' ? row : null;
    });
    expect(kept).toEqual({ status: 'sent', textBody: '', attachment: null });
  });

  it('refuses any send or record for a closed action with 422', async () => {
    const editor = await staffClient(app.testApp, 'editor');
    const closing = await publishedAtMarch5(
      editor,
      inventedAction({
        reference: 'UA 993/12',
        appealDeadline: '2012-04-20',
        targets: [{ role: 'primary', target: { name: 'Invented Governor', kind: 'other', country: 'FR', email: 'governor@example.org' } }],
      }),
    );
    expect((await editor.post(`/api/actions/${closing.id}/close`, { outcome: 'released' })).status).toBe(200);
    const send = await http.post(`/api/actions/${closing.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId(closing, 'Invented Governor'),
      channel: 'email',
    });
    expect(send.status).toBe(422);
    expect(send.body.errors).toEqual([{ field: 'status', message: expect.stringContaining('closed') }]);
    const record = await http.post(`/api/actions/${closing.id}/letters/record`, {
      targetId: targetId(closing, 'Invented Governor'),
      channel: 'post',
    });
    expect(record.status).toBe(422);
    expect(smtp.messages).toHaveLength(0);
  });

  async function publishedAtMarch5(editor: ReturnType<typeof httpClient>, input: any) {
    const created = await editor.post('/api/actions', input);
    expect(created.status).toBe(201);
    const published = await editor.post(`/api/actions/${created.body.id}/publish`);
    expect(published.status).toBe(200);
    return published.body;
  }
});

describe('faxing through the provider-neutral HTTP gateway', () => {
  let provider: Server;
  const received: Array<{ body: any; contentType: string | undefined }> = [];
  let app: LetterTestApp & { queuePrefix: string };

  beforeAll(async () => {
    provider = createServer((request: IncomingMessage, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        received.push({ body: JSON.parse(text), contentType: request.headers['content-type'] });
        response.writeHead(202, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `fax-${received.length}` }));
      });
    });
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const { port } = provider.address() as AddressInfo;
    app = await workingLetterApp({
      FAX_GATEWAY: 'http',
      FAX_HTTP_URL: `http://127.0.0.1:${port}/faxes`,
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
    });
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(app.queuePrefix);
    await new Promise((resolve) => provider.close(resolve));
  });

  it('posts the PDF and the number as JSON and records the provider’s fax id', async () => {
    const action = await publishedAction(app.testApp);
    const target = action.targets.find((link: any) => link.target.name === 'Sin Son-ho').target;
    app.clock.time = new Date('2012-03-05T15:00:00Z'); // 10:00 in New York
    // Signed in at their confirmed address, the writer's letter goes without a link (this app has no SMTP server to mail one).
    const { http: signedIn } = await supporterClient(app.testApp, { email: SUPPORTER.email, name: SUPPORTER.name });
    const sent = await signedIn.post(`/api/actions/${action.id}/letters/send`, { ...SUPPORTER, targetId: target.id, channel: 'fax' });
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ channel: 'fax', dueAt: '2012-03-05T15:00:00.000Z' });
    expect(await sentMessageId(app, sent.body.appealRecordId)).toBe('fax-1');
    expect(received).toHaveLength(1);
    expect(received[0].body).toMatchObject({
      to: '+12129723154',
      senderName: 'Ji-woo Park',
      contentType: 'application/pdf',
      fileName: 'ua-66-12-sin-son-ho-en.pdf',
    });
    const pdf = Buffer.from(received[0].body.content, 'base64');
    expect((await pdfText(new Uint8Array(pdf))).replace(/\s+/g, ' ')).toContain('820 Second Ave, 13th Floor');
  });
});

describe('with faxing switched off', () => {
  let app: LetterTestApp;
  beforeAll(async () => {
    app = await letterTestApp({ FAX_GATEWAY: 'disabled', SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => app.testApp.close());

  it('refuses a fax with 422 saying so, and records nothing', async () => {
    const action = await publishedAction(app.testApp);
    const target = action.targets.find((link: any) => link.target.name === 'So Se-pyong').target;
    const sent = await httpClient(app.testApp.baseUrl).post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: target.id,
      channel: 'fax',
    });
    expect(sent.status).toBe(422);
    expect(sent.body.errors).toEqual([{ field: 'channel', message: expect.stringContaining('FAX_GATEWAY=disabled') }]);
    expect(await app.testApp.get(DataSource).getRepository(AppealRecord).count()).toBe(0);
  });
});
