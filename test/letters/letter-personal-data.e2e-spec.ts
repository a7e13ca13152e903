import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { RetentionTask } from '../../src/privacy/retention.task';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { supporterClient } from '../support/auth';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';

const DAY = 24 * 3_600_000;
const PARAGRAPH = 'I taught Alpha in Lyon and know her as a gentle person.';

interface LetterRow {
  id: string;
  status: string;
  contentId: string;
  appealRecordId: string | null;
}

describe('a letter’s personal data lives only as long as the letter needs it', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let queuePrefix: string;
  let action: any;

  const sql = <T = any>(query: string, parameters: unknown[] = []): Promise<T[]> => app.testApp.get(DataSource).query(query, parameters);
  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const letterRow = async (appealRecordId: string) =>
    (await sql<LetterRow>('SELECT * FROM notification_outbox WHERE "appealRecordId" = $1', [appealRecordId]))[0];
  const contentOf = async (contentId: string) => (await sql('SELECT * FROM notification_content WHERE "id" = $1', [contentId]))[0];
  /** Every text column of the letter tables that could hold `needle`. */
  const tablesHolding = async (needle: string) => {
    const [found] = await sql<{ content: number; outbox: number; requests: number; confirmations: number }>(
      `SELECT (SELECT count(*) FROM notification_content c WHERE concat_ws(' ', c."textBody", c."htmlBody", c."fromName", c."replyToName", c."replyToAddress", c."headers"::text) ILIKE '%' || $1 || '%' OR position(convert_to($1, 'UTF8') in coalesce(c."attachment", '')) > 0)::int AS "content",
              (SELECT count(*) FROM notification_outbox o WHERE concat_ws(' ', o."recipient", o."recipientName") ILIKE '%' || $1 || '%')::int AS "outbox",
              (SELECT count(*) FROM letter_request r WHERE concat_ws(' ', r."writerEmail", r."letter"::text) ILIKE '%' || $1 || '%')::int AS "requests",
              (SELECT count(*) FROM writer_confirmation w WHERE w."writerEmail" ILIKE '%' || $1 || '%')::int AS "confirmations"`,
      [needle],
    );
    return found;
  };

  /**
   * Notes, as each transaction that settles a letter or a link mail as sent commits, whether its content still held
   * what was for its reader alone. A deferred trigger sees the row as every other reader will from then on.
   */
  async function watchRowsAsTheyCommitSent() {
    await sql('CREATE TABLE sent_watch ("outboxId" uuid, "heldReaderData" boolean)');
    await sql(`CREATE FUNCTION note_sent() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      INSERT INTO sent_watch SELECT NEW."id", (c."textBody" <> '' OR c."fromName" IS NOT NULL OR c."replyToAddress" IS NOT NULL)
        FROM notification_content c WHERE c."id" = NEW."contentId" AND (c."dedupeKey" LIKE 'target:%' OR c."dedupeKey" LIKE 'one-reader:%');
      RETURN NULL; END $$`);
    await sql(`CREATE CONSTRAINT TRIGGER note_sent AFTER UPDATE ON notification_outbox DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW WHEN (NEW."status" = 'sent' AND OLD."status" <> 'sent') EXECUTE FUNCTION note_sent()`);
  }
  const sentAsCommitted = (outboxId: string) => sql('SELECT "heldReaderData" FROM sent_watch WHERE "outboxId" = $1', [outboxId]);

  async function signedInWriter() {
    const email = `writer-${randomBytes(4).toString('hex')}@example.net`;
    return { email, ...(await supporterClient(app.testApp, { email, name: 'Camille Martin', city: 'Lyon', country: 'FR' })) };
  }
  const letterFields = { name: 'Camille Martin', city: 'Lyon', country: 'FR', personalNote: PARAGRAPH };

  beforeAll(async () => {
    smtp = await startSmtpSink();
    queuePrefix = `uatest-letter-data-${randomBytes(4).toString('hex')}`;
    app = await letterTestApp({
      SMTP_URL: smtp.url,
      RUN_WORKER: 'true',
      RUN_SCHEDULER: 'false',
      QUEUE_PREFIX: queuePrefix,
      MAIL_RETRY_DELAY_MS: '10',
      FAX_GATEWAY: 'email',
      FAX_EMAIL_ADDRESS_PATTERN: '{number}@fax.example.net',
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
      FAILED_LETTER_RETENTION_DAYS: '14',
    });
    action = await publishedAction(app.testApp);
    await watchRowsAsTheyCommitSent();
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });
  beforeEach(() => {
    smtp.refuse = () => null;
    app.clock.time = new Date('2012-03-05T10:00:00Z');
  });

  it('removes the writer’s name, city, paragraph and reply-to from a letter once it has gone', async () => {
    const { http, email } = await signedInWriter();
    const sent = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...letterFields,
      email,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
    });
    expect(sent.status).toBe(201);
    const row = (await waitFor('the letter to go', async () => {
      const letter = await letterRow(sent.body.appealRecordId);
      return letter?.status === 'sent' && letter;
    })) as LetterRow;
    expect(smtp.messages.some((mail) => mail.text?.includes(PARAGRAPH))).toBe(true);
    // No one could read it as sent while it still named its writer, not even between two statements.
    expect(await sentAsCommitted(row.id)).toEqual([{ heldReaderData: false }]);
    const content = await contentOf(row.contentId);
    expect(content).toMatchObject({ replyToAddress: null, replyToName: null, fromName: null, attachment: null });
    expect(await tablesHolding(PARAGRAPH)).toMatchObject({ content: 0 });
    expect(await tablesHolding('Camille Martin')).toMatchObject({ content: 0 });
    expect(await tablesHolding(email)).toMatchObject({ content: 0 });
    // What staff need of it stays: the subject, the language and that it went.
    expect(content.subject).not.toBe('');
  });

  it('keeps a failed fax’s PDF and words for FAILED_LETTER_RETENTION_DAYS, then removes them', async () => {
    smtp.refuse = (recipient) => (recipient.endsWith('@fax.example.net') ? { code: 550, message: 'no such fax line' } : null);
    const { http, email } = await signedInWriter();
    const sent = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...letterFields,
      email,
      targetId: targetId('So Se-pyong'),
      channel: 'fax',
    });
    expect(sent.status).toBe(201);
    const row = (await waitFor('the fax to fail', async () => {
      const letter = await letterRow(sent.body.appealRecordId);
      return letter?.status === 'failed' && letter;
    })) as LetterRow;
    expect((await contentOf(row.contentId)).attachment).not.toBeNull();

    app.clock.time = new Date(Date.parse('2012-03-05T10:00:00Z') + 13 * DAY);
    await app.testApp.get(RetentionTask).purge();
    expect((await contentOf(row.contentId)).attachment).not.toBeNull();
    expect(await tablesHolding(PARAGRAPH)).toMatchObject({ content: 1 });

    app.clock.time = new Date(Date.parse('2012-03-05T10:00:00Z') + 15 * DAY);
    const report = await app.testApp.get(RetentionTask).purge();
    expect(report.failedLettersCleared).toBe(1);
    expect(await contentOf(row.contentId)).toMatchObject({ attachment: null, replyToAddress: null, fromName: null });
    expect(await tablesHolding(PARAGRAPH)).toMatchObject({ content: 0 });
  });

  it('lists the letters held in the writer’s data export, and clears them, their requests and their outbox links on erasure', async () => {
    const { http, email, supporter } = await signedInWriter();
    const sent = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...letterFields,
      email,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
    });
    expect(sent.status).toBe(201);
    // Paced behind the first test's letter to the same target, it is still waiting.
    expect((await letterRow(sent.body.appealRecordId)).status).toBe('queued');

    const exported = await http.get('/api/me/data');
    expect(exported.status).toBe(200);
    expect(exported.body.letters).toEqual([
      expect.objectContaining({
        appealRecordId: sent.body.appealRecordId,
        status: 'queued',
        fromName: 'Camille Martin',
        replyToAddress: email,
        text: expect.stringContaining(PARAGRAPH),
      }),
    ]);

    expect((await http.delete('/api/me')).status).toBe(204);
    for (const needle of [email, PARAGRAPH, 'Camille Martin']) {
      expect(await tablesHolding(needle)).toEqual({ content: 0, outbox: 0, requests: 0, confirmations: 0 });
    }
    const row = (
      await sql(
        'SELECT "status", "appealRecordId" FROM notification_outbox WHERE "contentId" = (SELECT "contentId" FROM notification_outbox WHERE "id" = $1)',
        [(await sql('SELECT "id" FROM notification_outbox WHERE "dedupeKey" = $1', [`target:letter:${sent.body.appealRecordId}`]))[0].id],
      )
    )[0];
    expect(row).toEqual({ status: 'cancelled', appealRecordId: null });
    // The appeal stays counted, with no one attached.
    const appeal = await app.testApp
      .get(DataSource)
      .getRepository(AppealRecord)
      .findOne({ where: { id: sent.body.appealRecordId }, relations: { supporter: true } });
    expect(appeal).toMatchObject({ supporter: null });
    expect(supporter.id).toBeDefined();
  });
});
