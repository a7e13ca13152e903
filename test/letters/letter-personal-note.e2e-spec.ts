import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { pdfText } from '../../src/importer/pdf-text';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { waitFor } from '../support/wait-for';
import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { seed003Action } from '../support/seed-fixtures';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';
import { sendConfirmed } from '../support/writer-inbox';

const SIGNER = { name: 'Ji-woo Park', city: 'Busan', country: 'KR' };
const SUPPORTER = { ...SIGNER, email: 'ji-woo.park@example.net' };
/** Two lines, one with markup that must stay text. */
const NOTE_LINES = ['As a nurse in Busan I have cared for <b>families</b> like theirs.', 'Please let them stay.'];
const NOTE = NOTE_LINES.join('\n');

describe('the supporter’s own paragraph in a letter (personalNote)', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;
  const queuePrefix = `uatest-note-${randomBytes(4).toString('hex')}`;
  const seed = seed003Action();

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await letterTestApp({
      RUN_WORKER: 'true',
      RUN_SCHEDULER: 'false',
      QUEUE_PREFIX: queuePrefix,
      SMTP_URL: smtp.url,
      MAIL_FROM: 'appeals@ua.example.org',
      SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
    });
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });

  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const letterTo = async (name: string, query: Record<string, string>) => {
    const params = new URLSearchParams({ lang: 'en', target: targetId(name), ...SIGNER, ...query });
    const answer = await http.get(`/api/actions/${action.id}/letters?${params}`);
    expect(answer.status).toBe(200);
    return answer.body.letters[0];
  };

  it('puts the paragraph after the letter’s paragraphs and before the asks, escaped in HTML and verbatim in text, the rest unchanged', async () => {
    const plain = await letterTo('Sin Son-ho', {});
    // CR LF from a form is normalised to LF, and the blank space around the note goes.
    const noted = await letterTo('Sin Son-ho', { personalNote: `  ${NOTE_LINES.join('\r\n')}\r\n` });

    const blocks: string[] = noted.text.split('\n\n');
    const noteAt = blocks.indexOf(NOTE);
    expect(noteAt).toBeGreaterThan(0);
    expect(blocks[noteAt + 1].startsWith('I respectfully ask you to:')).toBe(true);
    expect(blocks.slice(0, noteAt).some((block) => block.includes('At least nine North Koreans'))).toBe(true);
    // The official text stays as staff wrote it: take the paragraph out and the letter is the one without it.
    expect(noted.text.replace(`\n\n${NOTE}`, '')).toBe(plain.text);

    expect(noted.html).toContain(
      '<p class="personal-note">As a nurse in Busan I have cared for &lt;b&gt;families&lt;/b&gt; like theirs.<br>Please let them stay.</p>',
    );
    expect(noted.html).not.toContain('<b>families');
    expect(noted.html.indexOf('class="personal-note"')).toBeLessThan(noted.html.indexOf('class="asks"'));

    const mailtoBody = decodeURIComponent(noted.mailto.url.split('&body=')[1]);
    expect(mailtoBody).toContain(`${NOTE_LINES.join('\r\n')}\r\n\r\nI respectfully ask you to:`);
  });

  it('carries the paragraph into the PDF’s text through the link’s reference, never in the link itself', async () => {
    const noted = await letterTo('So Se-pyong', { personalNote: NOTE });
    const link = new URL(noted.pdfUrl, app.testApp.baseUrl);
    expect([...link.searchParams.keys()]).toEqual(['lang', 'ref']);
    expect(decodeURIComponent(noted.pdfUrl)).not.toContain('nurse');
    const response = await fetch(`${app.testApp.baseUrl}${noted.pdfUrl}`);
    expect(response.status).toBe(200);
    const text = (await pdfText(new Uint8Array(await response.arrayBuffer()))).replace(/\s+/g, ' ');
    expect(text).toContain('As a nurse in Busan I have cared for <b>families</b> like theirs.');
    expect(text).toContain('Please let them stay.');
    expect(text.indexOf('Please let them stay.')).toBeLessThan(text.indexOf('I respectfully ask you to:'));
  });

  it('keeps a long Korean paragraph in a mailto link under 2,000 characters, cut and marked as shortened', async () => {
    // The asks stay first in a shortened link: quoted in English (no Korean translation), they leave the paragraph room.
    const editor = await staffClient(app.testApp, 'editor');
    expect((await editor.patch(`/api/actions/${action.id}`, { translations: {} })).status).toBe(200);
    const note = '저는 부산에 사는 간호사로서 이분들의 안전을 깊이 걱정합니다. '.repeat(17).trim().slice(0, 600);
    const noted = await letterTo('Sin Son-ho', { lang: 'ko', personalNote: note });
    expect(noted.text).toContain(note);
    expect(noted.mailto.shortened).toBe(true);
    expect(noted.mailto.url.length).toBeLessThanOrEqual(2000);
    const body = decodeURIComponent(noted.mailto.url.split('&body=')[1]);
    expect(body).toContain('저는 부산에 사는 간호사로서');
    expect(body).toContain('다음 사항을 정중히 요청드립니다.');
  });

  it.each([
    ['601 characters', 'x'.repeat(601), 'personalNote must be at most 600 characters'],
    ['7 lines', ['1', '2', '3', '4', '5', '6', '7'].join('\r\n'), 'personalNote must be at most 6 lines'],
    ['a control character', 'Tabs\tare not text', 'personalNote must be plain text without control characters (line breaks are fine)'],
  ])('answers 400 naming personalNote for a paragraph with %s, in the preview, the PDF and a send', async (_, personalNote, message) => {
    const query = new URLSearchParams({ lang: 'en', ...SIGNER, personalNote });
    const preview = await http.get(`/api/actions/${action.id}/letters?${query}`);
    expect(preview.status).toBe(400);
    expect(preview.body.errors).toEqual([{ field: 'personalNote', message }]);
    const pdf = await http.get(`/api/actions/${action.id}/letters/${targetId('Sin Son-ho')}.pdf?${query}`);
    expect(pdf.status).toBe(400);
    expect(pdf.body.errors).toEqual([{ field: 'personalNote', message }]);
    const before = await app.testApp.get(DataSource).getRepository(AppealRecord).count();
    const sent = await http.post(`/api/actions/${action.id}/letters/send`, {
      ...SUPPORTER,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
      personalNote,
    });
    expect(sent.status).toBe(400);
    expect(sent.body.errors).toEqual([{ field: 'personalNote', message }]);
    expect(await app.testApp.get(DataSource).getRepository(AppealRecord).count()).toBe(before);
  });

  it('accepts exactly 600 characters on 6 lines', async () => {
    const note = Array.from({ length: 6 }, (_, index) => `${index}`.repeat(99)).join('\n') + 'y'.repeat(600 - 6 * 99 - 5);
    expect([...note]).toHaveLength(600);
    expect((await letterTo('Sin Son-ho', { personalNote: note })).text).toContain(note);
  });

  it('stores the paragraph with the queued letter and emails it to the target', async () => {
    // The worker forgets a letter's text once it is sent; a slow relay keeps it in the outbox while the test reads it.
    smtp.dataDelayMs = 4000;
    const sent = await sendConfirmed(http, smtp, action.id, {
      ...SUPPORTER,
      targetId: targetId('Sin Son-ho'),
      channel: 'email',
      language: 'en',
      personalNote: NOTE_LINES.join('\r\n'),
    });
    expect(sent.body.status).toBe('confirmed');
    // The outbox row's content is what the worker sends: the paragraph is in the database, not only in the request.
    const [stored] = await app.testApp
      .get(DataSource)
      .query(
        `SELECT c."textBody", c."htmlBody" FROM notification_outbox o JOIN notification_content c ON c."id" = o."contentId" WHERE o."appealRecordId" = $1`,
        [sent.body.appealRecordId],
      );
    expect(stored.textBody).toContain(`\n\n${NOTE}\n\nI respectfully ask you to:`);

    await waitFor('the letter to reach the SMTP server', () => smtp.messages.length === 1);
    smtp.dataDelayMs = 0;
    const [mail] = smtp.messages;
    expect(mail.text).toContain(`${NOTE}\n\nI respectfully ask you to:`);
    expect(mail.html).toContain(
      '<p class="personal-note">As a nurse in Busan I have cared for &lt;b&gt;families&lt;/b&gt; like theirs.<br>Please let them stay.</p>',
    );
    for (const ask of seed.asks) expect(mail.text).toContain(`– ${ask}`);
  });
});
