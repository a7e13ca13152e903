import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { flushQueueKeys } from '../support/flush-queues';
import { startSmtpSink, SmtpSink } from '../support/smtp-sink';
import { AuthService } from '../../src/accounts/auth.service';
import { SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { signedInUser, staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { letterTestApp, LetterTestApp, publishedAction } from '../support/letter-test-app';
import { confirmationToken } from '../support/writer-inbox';

const writer = (label: string) => ({ name: 'Ji-woo Park', email: `${label}-${randomBytes(3).toString('hex')}@example.net` });

async function consentApp(smtp: SmtpSink, queuePrefix: string, environment: Record<string, string> = {}) {
  return letterTestApp({
    SMTP_URL: smtp.url,
    RUN_WORKER: 'true',
    RUN_SCHEDULER: 'false',
    QUEUE_PREFIX: queuePrefix,
    SENSITIVE_RATE_LIMIT_PER_MINUTE: '5000',
    ...environment,
  });
}

describe('one letter per writer, target and action', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  let action: any;
  const queuePrefix = `uatest-once-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await consentApp(smtp, queuePrefix);
    http = httpClient(app.testApp.baseUrl);
    action = await publishedAction(app.testApp);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });

  const targetId = (name: string) => action.targets.find((link: any) => link.target.name === name).target.id;
  const rows = (table: string): Promise<number> =>
    app.testApp
      .get(DataSource)
      .query(`SELECT count(*)::int AS "count" FROM ${table} WHERE "actionId" = $1`, [action.id])
      .then((found: any[]) => found[0].count);

  it('answers the first request when the same writer asks again, however often and however they spell their address', async () => {
    const me = writer('twice');
    const body = { ...me, targetId: targetId('Sin Son-ho'), channel: 'email' };
    const first = await http.post(`/api/actions/${action.id}/letters/send`, body);
    expect(first.status).toBe(202);
    // 40 at once, as a script would: one request, all answered with it.
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        http.post(`/api/actions/${action.id}/letters/send`, {
          ...body,
          email: index % 2 ? me.email.toUpperCase() : me.email.replace(/^./, (c) => c.toUpperCase()),
          channel: index % 3 ? 'email' : 'fax',
        }),
      ),
    );
    expect(new Set(burst.map((answer) => answer.status))).toEqual(new Set([200]));
    expect(new Set(burst.map((answer) => answer.body.letterRequestId))).toEqual(new Set([first.body.letterRequestId]));
    expect(burst[0].body).toMatchObject({ repeated: true, status: 'awaiting confirmation' });
    expect(await rows('letter_request')).toBe(1);

    const confirmed = await http.post(`/api/letters/confirm/${await confirmationToken(smtp, me.email)}`);
    expect(confirmed.status).toBe(200);
    const again = await http.post(`/api/actions/${action.id}/letters/send`, body);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ repeated: true, status: 'confirmed', appealRecordId: confirmed.body.letters[0].appealRecordId });
    expect(
      await app.testApp
        .get(DataSource)
        .getRepository(AppealRecord)
        .count({ where: { action: { id: action.id } } }),
    ).toBe(1);
    expect(
      await app.testApp
        .get(DataSource)
        .query(`SELECT count(*)::int AS "count" FROM notification_outbox WHERE "kind" = 'target message' AND "actionId" = $1`, [action.id]),
    ).toEqual([{ count: 1 }]);
  });
});

describe('a burst of letters from one IP address, seen and cancelled by staff', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  const queuePrefix = `uatest-burst-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await consentApp(smtp, queuePrefix);
    http = httpClient(app.testApp.baseUrl);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });

  it('lists the IP with its letters on the delivery report, and cancelling stops them and corrects the counts', async () => {
    const action = await publishedAction(
      app.testApp,
      inventedAction({
        reference: 'UA 803/12',
        appealDeadline: '2012-04-20',
        targets: [1, 2, 3].map((n) => ({
          role: n === 1 ? 'primary' : 'copy',
          target: { name: `Invented Governor ${n}`, kind: 'other', country: 'FR', fax: `+33 1 98 76 54 0${n}`, timeZone: 'Europe/Paris' },
        })),
      }),
    );
    // 22:30 in Paris: the faxes wait for the morning, so the confirmed ones are still in the outbox.
    app.clock.time = new Date('2012-03-05T21:30:00Z');
    const [confirming, waiting] = [writer('burst-a'), writer('burst-b')];
    for (const who of [confirming, waiting]) {
      for (const link of action.targets)
        expect(
          (await http.post(`/api/actions/${action.id}/letters/send`, { ...who, targetId: link.target.id, channel: 'fax' })).status,
        ).toBe(202);
    }
    expect((await http.post(`/api/letters/confirm/${await confirmationToken(smtp, confirming.email)}`)).status).toBe(200);
    const staff = await staffClient(app.testApp, 'editor');
    expect((await staff.get(`/api/actions/${action.id}/figures`)).body.total).toBe(3);

    const bursts = await staff.get(`/api/actions/${action.id}/letter-bursts`);
    expect(bursts.status).toBe(200);
    expect(bursts.body).toEqual([
      expect.objectContaining({
        by: 'ip',
        source: expect.stringMatching(/127\.0\.0\.1$/),
        letters: 6,
        awaitingConfirmation: 3,
        confirmed: 3,
      }),
    ]);
    expect((await http.get(`/api/actions/${action.id}/letter-bursts`)).status).toBe(401);
    // The staff action page's delivery report shows it, with the button that cancels it.
    const { user } = await signedInUser(app.testApp, 'editor');
    const { token } = await app.testApp.get(AuthService).startSession({ user });
    const report = await (
      await fetch(`${app.testApp.baseUrl}/staff/actions/${action.id}?lang=en`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } })
    ).text();
    expect(report).toContain('Many letters from one source');
    expect(report).toContain(`<input type="hidden" name="ip" value="${bursts.body[0].source}">`);
    expect(report).toContain('Cancel these letters');

    const cancelled = await staff.post(`/api/actions/${action.id}/letter-bursts/cancel`, { ip: bursts.body[0].source });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toEqual({ cancelled: 6, stopped: 3, uncounted: 3 });
    expect((await staff.get(`/api/actions/${action.id}/figures`)).body.total).toBe(0);
    const outbox = await app.testApp.get(DataSource).query(`SELECT "status" FROM notification_outbox WHERE "actionId" = $1`, [action.id]);
    expect(outbox).toEqual([{ status: 'cancelled' }, { status: 'cancelled' }, { status: 'cancelled' }]);
    // The other writer's link now sends nothing.
    const late = await http.post(`/api/letters/confirm/${await confirmationToken(smtp, waiting.email)}`);
    expect(late.body.letters.map((letter: any) => letter.status)).toEqual(['cancelled', 'cancelled', 'cancelled']);
    expect(
      await app.testApp
        .get(DataSource)
        .getRepository(AppealRecord)
        .count({ where: { action: { id: action.id } } }),
    ).toBe(0);
    expect((await staff.get(`/api/actions/${action.id}/letter-bursts`)).body).toEqual([]);
    expect((await staff.post(`/api/actions/${action.id}/letter-bursts/cancel`, { ip: 'not an address' })).body.errors[0].field).toBe('ip');
  });
});

describe('daily caps on letters per writer address and per IP address, across all actions', () => {
  let smtp: SmtpSink;
  let app: LetterTestApp;
  let http: ReturnType<typeof httpClient>;
  const queuePrefix = `uatest-caps-${randomBytes(4).toString('hex')}`;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    app = await consentApp(smtp, queuePrefix, { LETTERS_PER_ADDRESS_PER_DAY: '3', LETTERS_PER_IP_PER_DAY: '5' });
    http = httpClient(app.testApp.baseUrl);
  });
  afterAll(async () => {
    await app.testApp.close();
    await flushQueueKeys(queuePrefix);
    await smtp.close();
  });

  it('refuses the letter past the cap with 429 naming the limit, and takes letters again a day later', async () => {
    const targets = (reference: string) =>
      inventedAction({
        reference,
        appealDeadline: '2012-04-20',
        targets: [1, 2].map((n) => ({
          role: n === 1 ? 'primary' : 'copy',
          target: {
            name: `Invented Official ${reference} ${n}`,
            kind: 'other',
            country: 'FR',
            email: `official-${n}-${reference.replace(/\W/g, '')}@example.org`,
          },
        })),
      });
    const first = await publishedAction(app.testApp, targets('UA 801/12'));
    const second = await publishedAction(app.testApp, targets('UA 802/12'));
    const me = writer('capped');
    const send = (actionBody: any, index: number, who = me) =>
      http.post(`/api/actions/${actionBody.id}/letters/send`, { ...who, targetId: actionBody.targets[index].target.id, channel: 'email' });

    expect((await send(first, 0)).status).toBe(202);
    expect((await send(first, 1)).status).toBe(202);
    expect((await send(second, 0)).status).toBe(202);
    const fourth = await send(second, 1);
    expect(fourth.status).toBe(429);
    expect(fourth.body.errors).toEqual([{ field: 'email', message: expect.stringContaining('LETTERS_PER_ADDRESS_PER_DAY = 3') }]);
    // A repeat is not a new letter, so the cap does not refuse it.
    expect((await send(first, 0)).status).toBe(200);

    // Two more addresses from the same IP reach its cap of 5.
    expect((await send(second, 1, writer('neighbour'))).status).toBe(202);
    expect((await send(first, 0, writer('colleague'))).status).toBe(202);
    const sixth = await send(first, 1, writer('stranger'));
    expect(sixth.status).toBe(429);
    expect(sixth.body.errors).toEqual([{ field: 'ip', message: expect.stringContaining('LETTERS_PER_IP_PER_DAY = 5') }]);

    app.clock.time = new Date(app.clock.time.getTime() + 24 * 3_600_000 + 1000);
    expect((await send(second, 1)).status).toBe(202);
  });

  it('holds the cap per IP when many writers behind one address ask at the same moment', async () => {
    app.clock.time = new Date(app.clock.time.getTime() + 2 * 24 * 3_600_000);
    const action = await publishedAction(
      app.testApp,
      inventedAction({
        reference: 'UA 804/12',
        appealDeadline: '2012-04-20',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Prosecutor 804', kind: 'other', country: 'FR', email: 'prosecutor-804@example.org' },
          },
        ],
      }),
    );
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        http.post(`/api/actions/${action.id}/letters/send`, {
          ...writer(`office-${index}`),
          targetId: action.targets[0].target.id,
          channel: 'email',
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([...Array(5).fill(202), ...Array(15).fill(429)]);
    expect(answers.find((answer) => answer.status === 429)?.body.errors).toEqual([
      { field: 'ip', message: expect.stringContaining('LETTERS_PER_IP_PER_DAY = 5') },
    ]);
  });
});
