import { DataSource } from 'typeorm';
import { staffClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createAudience } from '../support/audience';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

describe('new action notices and follow-up notices', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;
  let expected: string[];

  const pathOf = (url: string) => new URL(url).pathname;
  /** The raw header: mailparser folds List-* headers into its own structure. */
  const rawHeader = (mail: SmtpSink['messages'][number], name: string) =>
    mail.headerLines
      .find((line) => line.key === name)
      ?.line.slice(name.length + 1)
      .trim();
  const unsubscribeUrlOf = (mail: SmtpSink['messages'][number]) => (rawHeader(mail, 'list-unsubscribe') ?? '').replace(/^<|>$/g, '');

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-05T10:00:00Z');
    staff = await staffClient(testApp, 'admin');
    await staff.post('/api/sections', {
      code: 'FR',
      country: 'FR',
      name: 'Section française',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'ua@fr.example.org',
    });
    const created = await staff.post('/api/actions', inventedAction({ reference: 'UA 7/31' }));
    actionId = created.body.id;
    ({ expected } = await createAudience(testApp.get(DataSource), {
      actionId,
      subscribers: 990,
      appealRecorders: 10,
      unconfirmed: 7,
      unsubscribed: 5,
    }));
    // Two network-wide subscribers, one reading Spanish.
    const network: { id: string }[] = await testApp.get(DataSource).query(
      `INSERT INTO supporter ("email", "name", "language", "lastActiveAt", "confirmedAt") VALUES
       ('network-es@example.org', 'Lucía', 'es', now(), now()), ('network-en@example.org', 'Sam', 'en-GB', now(), now()) RETURNING "id"`,
    );
    await testApp
      .get(DataSource)
      .query(`INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") SELECT unnest($1::uuid[]), NULL, now()`, [
        network.map((row) => row.id),
      ]);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('tells every section and every network subscriber, in their language where there is one, when an action is published', async () => {
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    await waitUntilSettled(testApp);
    const byRecipient = Object.fromEntries(sink.messages.map((mail) => [(mail.to as { text: string }).text, mail]));
    expect(Object.keys(byRecipient).sort()).toEqual(['network-en@example.org', 'network-es@example.org', 'ua@fr.example.org']);
    expect(byRecipient['ua@fr.example.org'].subject).toBe('Nouvelle Action urgente: UA 7/31 Invented case for tests');
    expect(byRecipient['network-es@example.org'].subject).toMatch(/^Nueva Acción Urgente: UA 7\/31/);
    expect(byRecipient['network-es@example.org'].text).toContain('Hola Lucía');
    expect(byRecipient['network-en@example.org'].subject).toMatch(/^New Urgent Action: UA 7\/31/);
    sink.messages.length = 0;
  });

  it('sends an update to 1,000 signed-up supporters as exactly 1,000 emails, with the text and what to do now', async () => {
    const posted = await staff.post(`/api/actions/${actionId}/updates`, {
      kind: 'further information',
      title: 'Moved to another prison',
      body: 'Test Person Alpha was moved on 3 January.\n\nShe has not seen a lawyer.',
    });
    expect(posted.status).toBe(201);
    await waitUntilSettled(testApp);
    expect(sink.messages).toHaveLength(1000);
    const recipients = sink.messages.map((mail) => (mail.to as { text: string }).text);
    expect(new Set(recipients).size).toBe(1000);
    expect([...recipients].sort()).toEqual([...expected].sort());
    const sample = sink.messages[0];
    expect(sample.subject).toBe('Update 1: UA 7/31 Invented case for tests');
    expect(sample.text).toContain('Test Person Alpha was moved on 3 January.');
    expect(sample.text).toContain('What to do now: keep writing.');
    expect(sample.html).toContain('<p>She has not seen a lawyer.</p>');
    expect(rawHeader(sample, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    // The link a person clicks opens the page with the button; the header's is the API's one-click POST.
    const token = unsubscribeUrlOf(sample).split('/').pop() as string;
    expect(unsubscribeUrlOf(sample)).toContain(`/api/unsubscribe/${token}`);
    expect(sample.text).toContain(`/my/unsubscribe/${token}`);
    const deliveries = await staff.get(`/api/actions/${actionId}/deliveries`);
    expect(deliveries.body.byKind['update notice']).toEqual({ sent: 1000 });
  }, 240_000);

  it('gives each of the 1,000 a one-click unsubscribe that works without login, after which they hear nothing more', async () => {
    const anonymous = httpClient(testApp.baseUrl);
    const urls = sink.messages.map(unsubscribeUrlOf);
    expect(new Set(urls).size).toBe(1000);
    const described = await anonymous.get(pathOf(urls[0]));
    expect(described.status).toBe(200);
    expect(described.body).toMatchObject({ unsubscribed: false, scope: 'action' });
    for (let start = 0; start < urls.length; start += 50) {
      const answers = await Promise.all(urls.slice(start, start + 50).map((url) => anonymous.post(pathOf(url), {})));
      expect(answers.map((answer) => answer.status)).toEqual(answers.map(() => 200));
    }
    const [{ count }] = await testApp
      .get(DataSource)
      .query(`SELECT count(*)::int AS "count" FROM subscription WHERE "actionId" = $1 AND "unsubscribedAt" IS NOT NULL`, [actionId]);
    expect(count).toBe(1000 + 5);
    sink.messages.length = 0;
    await staff.post(`/api/actions/${actionId}/updates`, { kind: 'further information', title: 'More news', body: 'Still held.' });
    await waitUntilSettled(testApp);
    expect(sink.messages).toHaveLength(0);
  }, 240_000);

  it('refuses a tampered unsubscribe token with 400 naming the token', async () => {
    const anonymous = httpClient(testApp.baseUrl);
    const [, path] = await testApp
      .get(DataSource)
      .query(`SELECT "unsubscribeUrl" FROM notification_outbox WHERE "unsubscribeUrl" IS NOT NULL LIMIT 2`)
      .then((rows: { unsubscribeUrl: string }[]) => rows.map((row) => pathOf(row.unsubscribeUrl)));
    const tampered = path.replace(/\/([A-Za-z0-9_-])([^/]*)$/, (_, first: string, rest: string) => `/${first === 'e' ? 'f' : 'e'}${rest}`);
    const answer = await anonymous.post(tampered, {});
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'token' })]);
  });

  it('asks supporters to stop writing when a stop-action update closes the action', async () => {
    const other = await staff.post('/api/actions', inventedAction({ reference: 'UA 8/31' }));
    await staff.post(`/api/actions/${other.body.id}/publish`);
    await createAudience(testApp.get(DataSource), { actionId: other.body.id, subscribers: 3 });
    await waitUntilSettled(testApp);
    sink.messages.length = 0;
    const stop = await staff.post(`/api/actions/${other.body.id}/updates`, {
      kind: 'stop action',
      title: 'Released',
      body: 'Test Person Alpha is free.',
    });
    expect(stop.status).toBe(201);
    await waitUntilSettled(testApp);
    expect(sink.messages).toHaveLength(3);
    expect(sink.messages[0].text).toContain('What to do now: please stop writing.');
    expect(sink.messages[0].text).not.toContain('Please send appeals before');
  });
});
