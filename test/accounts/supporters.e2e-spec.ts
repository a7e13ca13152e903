import { DataSource } from 'typeorm';
import { UrgentAction } from '../../src/actions/urgent-action.entity';
import { RetentionTask } from '../../src/privacy/retention.task';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { Subscription } from '../../src/supporters/subscription.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { outboxDrained } from '../support/outbox-drained';
import { createTestApp, TestApp } from '../support/test-app';
import { DAY, MINUTE, TestClock } from '../support/clock';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

/** A client that keeps the cookies the app sets, as a browser would, and echoes the CSRF token. */
function browser(baseUrl: string) {
  const cookies = new Map<string, string>();
  const remember = (headers: Headers) => {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(';');
      const [name, value] = pair.split('=');
      if (value) cookies.set(name, value);
      else cookies.delete(name);
    }
  };
  const headers = () => {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    return { cookie, ...(cookies.has('ua_csrf') && { 'x-csrf-token': cookies.get('ua_csrf') as string }) };
  };
  return {
    cookies,
    async call(method: string, path: string, body?: unknown) {
      const client = httpClient(baseUrl, headers());
      const answer =
        method === 'GET'
          ? await client.get(path)
          : method === 'DELETE'
            ? await client.delete(path)
            : await client[method.toLowerCase() as 'patch'](path, body);
      remember(answer.headers);
      return answer;
    },
  };
}

describe('supporters: double opt-in, magic links, their own data, and retention', () => {
  let testApp: TestApp;
  let inbox: SmtpSink;
  let clock: TestClock;
  let dataSource: DataSource;
  let publicHttp: ReturnType<typeof httpClient>;
  let actionId: string;

  beforeAll(async () => {
    inbox = await startSmtpSink();
    clock = TestClock.running();
    testApp = await createTestApp({
      environment: {
        SMTP_URL: inbox.url,
        PUBLIC_URL: 'http://ua.example.org',
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
        RUN_WORKER: 'true',
        MAIL_RETRY_DELAY_MS: '10',
      },
      clock,
    });
    dataSource = testApp.get(DataSource);
    publicHttp = httpClient(testApp.baseUrl);
    const editor = await staffClient(testApp, 'editor');
    actionId = (await editor.post('/api/actions', inventedAction({ reference: 'UA 700/30' }))).body.id;
    expect((await editor.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
  });
  afterAll(async () => {
    await testApp.close();
    await inbox.close();
  });

  /** The mailed links open the /my pages; the API answers the same tokens under /api/supporters. */
  const apiPath = (link: string) => new URL(link).pathname.replace(/^\/my\//, '/api/supporters/');
  /** What the inbox holds once the outbox has sent everything. */
  const delivered = async () => {
    await outboxDrained(testApp);
    return inbox.received;
  };
  const mailsTo = async (address: string) => (await delivered()).filter((mail) => mail.envelopeTo.includes(address));
  const linksTo = async (address: string) => {
    await delivered();
    return inbox.linksTo(address);
  };

  it('signs up with double opt-in: a confirmation email whose link confirms once', async () => {
    const answer = await publicHttp.post('/api/supporters', {
      email: 'Ada.Writer@Example.org',
      name: 'Ada Writer',
      country: 'gb',
      actionId,
    });
    expect(answer.status).toBe(202);
    const [mail] = await mailsTo('ada.writer@example.org');
    expect(mail.parsed.subject).toBe('Please confirm your subscription, Ada Writer');
    expect(mail.parsed.text).toContain('Invented case for tests');
    const supporter = await dataSource.getRepository(Supporter).findOneByOrFail({ email: 'ada.writer@example.org' });
    expect(supporter.confirmedAt).toBeNull();

    const [link] = await linksTo('ada.writer@example.org');
    expect(link).toMatch(/^http:\/\/ua\.example\.org\/my\/confirm\//);
    const confirmed = await publicHttp.get(apiPath(link));
    expect(confirmed.status).toBe(200);
    expect(confirmed.body).toMatchObject({ confirmed: true, action: { id: actionId } });
    expect((await dataSource.getRepository(Supporter).findOneByOrFail({ id: supporter.id })).confirmedAt).not.toBeNull();
    const again = await publicHttp.get(apiPath(link));
    expect(again.status).toBe(409);
    expect(again.body.errors[0].field).toBe('token');

    // Signing up again with a confirmed subscription sends nothing, and cannot rename the owner of the address.
    await publicHttp.post('/api/supporters', { email: 'ada.writer@example.org', name: 'Someone Else', actionId });
    expect(await mailsTo('ada.writer@example.org')).toHaveLength(1);
    expect((await dataSource.getRepository(Supporter).findOneByOrFail({ id: supporter.id })).name).toBe('Ada Writer');
  });

  it('refuses a confirmation link that was tampered with', async () => {
    await publicHttp.post('/api/supporters', { email: 'bo@example.org', name: 'Bo' });
    const [link] = await linksTo('bo@example.org');
    const token = apiPath(link).split('/').at(-1) as string;
    const [payload, signature] = token.split('.');
    const otherPayload = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), subjectId: '00000000-0000-4000-8000-000000000001' }),
    ).toString('base64url');
    const forged = await publicHttp.get(`/api/supporters/confirm/${otherPayload}.${signature}`);
    expect(forged.status).toBe(401);
    expect(forged.body.errors[0].field).toBe('token');
  });

  it('answers a filled-in honeypot like any sign-up, but stores and sends nothing', async () => {
    const before = (await delivered()).length;
    const answer = await publicHttp.post('/api/supporters', { email: 'bot@example.org', name: 'Bot', website: 'http://spam.example' });
    expect(answer.status).toBe(202);
    expect((await delivered()).length).toBe(before);
    expect(await dataSource.getRepository(Supporter).existsBy({ email: 'bot@example.org' })).toBe(false);
  });

  it('cannot add a mail header through a CR/LF in a supporter name', async () => {
    const before = (await delivered()).length;
    const refused = await publicHttp.post('/api/supporters', { email: 'eve@example.org', name: 'Eve\r\nBcc: victim@example.org' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors.map((error: any) => error.field)).toEqual(['name']);
    expect((await delivered()).length).toBe(before);

    // Even a name that reached the database some other way stays inside its header.
    const now = clock.now();
    await dataSource
      .getRepository(Supporter)
      .save({ email: 'eve@example.org', name: 'Eve\r\nBcc: victim@example.org', confirmedAt: now, lastActiveAt: now });
    expect((await publicHttp.post('/api/supporters/magic-link', { email: 'eve@example.org' })).status).toBe(202);
    const [mail] = await mailsTo('eve@example.org');
    expect(mail.envelopeTo).toEqual(['eve@example.org']);
    expect(mail.parsed.bcc).toBeUndefined();
    expect(mail.raw.split(/\r?\n\r?\n/)[0]).not.toMatch(/^bcc:/im);
    expect(mail.parsed.subject).toBe('Your sign-in link, Eve Bcc: victim@example.org');
  });

  it('signs a supporter in through a magic link, and refuses it tampered or expired', async () => {
    const supporter = await dataSource.getRepository(Supporter).findOneByOrFail({ email: 'ada.writer@example.org' });
    expect((await publicHttp.post('/api/supporters/magic-link', { email: 'ADA.WRITER@example.org' })).status).toBe(202);
    const [link] = await linksTo('ada.writer@example.org');
    expect(link).toMatch(/\/my\/session\//);

    const tampered = apiPath(link).replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await publicHttp.post(tampered, {})).status).toBe(401);

    const ada = browser(testApp.baseUrl);
    const session = await ada.call('POST', apiPath(link), {});
    expect(session.status).toBe(200);
    expect(session.body.supporter.id).toBe(supporter.id);
    expect(session.headers.getSetCookie().find((line) => line.startsWith('ua_session='))).toMatch(/HttpOnly/i);
    expect(session.headers.getSetCookie().find((line) => line.startsWith('ua_session='))).toMatch(/SameSite=Lax/i);
    expect((await ada.call('GET', '/api/me/data')).body.supporter.email).toBe('ada.writer@example.org');

    // A change through the cookie needs the CSRF header the session came with.
    const withoutCsrf = await httpClient(testApp.baseUrl, { cookie: `ua_session=${ada.cookies.get('ua_session')}` }).patch('/api/me', {
      city: 'Leeds',
    });
    expect(withoutCsrf.status).toBe(403);
    expect((await ada.call('PATCH', '/api/me', { city: 'Leeds' })).body.city).toBe('Leeds');

    await publicHttp.post('/api/supporters/magic-link', { email: 'ada.writer@example.org' });
    const [later] = await linksTo('ada.writer@example.org');
    clock.advance(31 * MINUTE);
    const expired = await publicHttp.post(apiPath(later), {});
    expect(expired.status).toBe(401);
    expect(expired.body.message).toContain('expired');
  });

  it('sends no link to an address nobody confirmed, and says the same', async () => {
    const before = (await delivered()).length;
    const answer = await publicHttp.post('/api/supporters/magic-link', { email: 'nobody@example.org' });
    expect(answer.status).toBe(202);
    expect((await delivered()).length).toBe(before);
  });

  it('exports everything held about a supporter, and erases it while the appeal count stays', async () => {
    const { http, supporter } = await supporterClient(testApp, { name: 'Cy Appeal', email: 'cy@example.org' });
    const action = await dataSource.getRepository(UrgentAction).findOneByOrFail({ id: actionId });
    const appeals = dataSource.getRepository(AppealRecord);
    await appeals.save([
      { action, supporter, channel: AppealChannel.Email, letterCount: 1, sentAt: clock.now() },
      { action, supporter, channel: AppealChannel.Fax, letterCount: 2, sentAt: clock.now() },
      { action, supporter: null, channel: AppealChannel.Post, letterCount: 40, sentAt: clock.now() },
    ]);
    await dataSource.getRepository(Subscription).save({ supporter, action, confirmedAt: clock.now(), unsubscribedAt: null });
    const count = () => appeals.sum('letterCount', { action: { id: actionId } });
    expect(await count()).toBe(43);

    const exported = await http.get('/api/me/data');
    expect(exported.status).toBe(200);
    expect(exported.body.supporter).toMatchObject({ id: supporter.id, email: 'cy@example.org', name: 'Cy Appeal' });
    expect(exported.body.subscriptions).toEqual([expect.objectContaining({ action: expect.objectContaining({ reference: 'UA 700/30' }) })]);
    expect(exported.body.appeals.map((appeal: any) => appeal.letterCount).sort()).toEqual([1, 2]);
    expect(exported.body.sessions).toHaveLength(1);

    // The public sees the action and its figures, never who wrote.
    const publicAction = await publicHttp.get(`/api/actions/${actionId}`);
    expect(JSON.stringify(publicAction.body)).not.toMatch(/cy@example\.org|Cy Appeal/);

    expect((await http.delete('/api/me')).status).toBe(204);
    expect(await dataSource.getRepository(Supporter).existsBy({ id: supporter.id })).toBe(false);
    expect(await dataSource.getRepository(Subscription).countBy({ supporter: { id: supporter.id } })).toBe(0);
    expect(await count()).toBe(43);
    expect((await http.get('/api/me/data')).status).toBe(401);
  });

  it('removes supporters unconfirmed after 7 days and those inactive beyond the retention, keeping the counts', async () => {
    const supporters = dataSource.getRepository(Supporter);
    const appeals = dataSource.getRepository(AppealRecord);
    await publicHttp.post('/api/supporters', { email: 'late@example.org', name: 'Late Confirmer' });
    const now = clock.now();
    const dormant = await supporters.save({
      email: 'dormant@example.org',
      name: 'Dormant',
      confirmedAt: now,
      lastActiveAt: new Date(now.getTime() - 25 * 31 * DAY),
    });
    const active = await supporters.save({ email: 'active@example.org', name: 'Active', confirmedAt: now, lastActiveAt: now });
    await appeals.save({ action: { id: actionId }, supporter: dormant, channel: AppealChannel.Email, letterCount: 5, sentAt: now });
    const count = () => appeals.sum('letterCount', { action: { id: actionId } });
    const before = await count();

    const task = testApp.get(RetentionTask);
    expect((await task.purge()).inactiveRemoved).toBe(1);
    expect(await supporters.existsBy({ email: 'late@example.org' })).toBe(true);
    clock.advance(8 * DAY);
    expect((await task.purge()).unconfirmedRemoved).toBeGreaterThanOrEqual(1);

    expect(await supporters.existsBy({ email: 'late@example.org' })).toBe(false);
    expect(await supporters.existsBy({ id: dormant.id })).toBe(false);
    expect(await supporters.existsBy({ id: active.id })).toBe(true);
    expect(await count()).toBe(before);
  });
});
