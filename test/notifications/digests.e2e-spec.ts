import { DataSource } from 'typeorm';
import { DigestPlanner } from '../../src/notifications/digest/digest-planner';
import { staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createNotificationsApp, NotificationsTestApp, waitUntilSettled } from '../support/notifications-app';
import { SmtpSink, startSmtpSink } from '../support/smtp-sink';

/**
 * Supporters who chose a daily or weekly summary get one email per period with what they missed, nothing when
 * there was nothing, and a request to stop writing at once. 7 January 2031 is a Tuesday; summaries go at 08:00 UTC.
 */
describe('daily and weekly summaries', () => {
  let sink: SmtpSink;
  let testApp: NotificationsTestApp;
  let staff: Awaited<ReturnType<typeof staffClient>>;
  let planner: DigestPlanner;
  let actionId: string;
  const supporters: Record<string, string> = {};

  const recipientsOf = (messages: SmtpSink['messages']) => messages.map((mail) => (mail.to as { text: string }).text).sort();
  const mailTo = (address: string) => sink.messages.filter((mail) => (mail.to as { text: string }).text === address);
  const runDigestsAt = async (instant: string) => {
    testApp.clock.set(instant);
    await planner.planDue();
    await waitUntilSettled(testApp);
  };

  beforeAll(async () => {
    sink = await startSmtpSink();
    testApp = await createNotificationsApp(sink, '2031-01-07T10:00:00Z', { DIGEST_HOUR_UTC: '8' });
    staff = await staffClient(testApp, 'admin');
    planner = testApp.get(DigestPlanner);
    actionId = (await staff.post('/api/actions', inventedAction({ reference: 'UA 20/31', appealDeadline: '2031-02-15' }))).body.id;
    const dataSource = testApp.get(DataSource);
    const people: [string, string, string][] = [
      ['ines', 'immediately', 'en'],
      ['wren', 'weekly', 'fr'],
      ['dana', 'daily', 'en'],
      ['ola', 'weekly', 'en'],
      ['quinn', 'weekly', 'en'],
    ];
    for (const [name, frequency, language] of people) {
      const [row] = await dataSource.query(
        `INSERT INTO supporter ("email", "name", "language", "noticeFrequency", "lastActiveAt", "confirmedAt")
         VALUES ($1, $2, $3, $4, now(), now()) RETURNING "id"`,
        [`${name}@example.org`, name, language, frequency],
      );
      supporters[name] = row.id;
    }
    const follow = (name: string, action: string | null, unsubscribed = false) =>
      dataSource.query(`INSERT INTO subscription ("supporterId", "actionId", "confirmedAt", "unsubscribedAt") VALUES ($1, $2, now(), $3)`, [
        supporters[name],
        action,
        unsubscribed ? new Date() : null,
      ]);
    await follow('ines', null);
    await follow('ines', actionId);
    await follow('wren', null);
    await follow('wren', actionId);
    await follow('ola', null);
    await follow('quinn', null, true);
    await follow('quinn', actionId, true);
    // Dana follows the action by having written to its target.
    await dataSource.query(`INSERT INTO appeal_record ("actionId", "supporterId", "channel", "sentAt") VALUES ($1, $2, 'email', now())`, [
      actionId,
      supporters.dana,
    ]);
  });

  afterAll(async () => {
    await testApp.close();
    await sink.close();
  });

  it('sends notices one by one only to those who asked for them as they happen', async () => {
    expect((await staff.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    expect(
      (
        await staff.post(`/api/actions/${actionId}/updates`, {
          kind: 'further information',
          title: 'Moved to another prison',
          body: 'Test Person Alpha was moved on 6 January.\n\nShe has no lawyer.',
        })
      ).status,
    ).toBe(201);
    await waitUntilSettled(testApp);
    expect(recipientsOf(sink.messages)).toEqual(['ines@example.org', 'ines@example.org']);
  });

  it('sends the next daily summary with the update to the reader who wrote, once, however often the planner runs', async () => {
    sink.messages.length = 0;
    await runDigestsAt('2031-01-08T08:30:00Z');
    // The weekly period that ended on Monday 6 January saw nothing: no email for an empty summary.
    expect(recipientsOf(sink.messages)).toEqual(['dana@example.org']);
    const [digest] = sink.messages;
    expect(digest.subject).toBe('Your daily Urgent Action summary');
    expect(digest.text).toContain('Dear dana,');
    expect(digest.text).toContain('UA 20/31: Invented case for tests');
    expect(digest.text).toContain('Moved to another prison');
    expect(digest.text).toContain('Test Person Alpha was moved on 6 January.');
    expect(digest.text).not.toContain('She has no lawyer.');
    expect(digest.text).toContain('Keep writing');
    expect(digest.text).not.toContain('New Urgent Actions');
    // Handlebars writes "=" in attributes as "&#x3D;", which every mail reader decodes.
    expect(String(digest.html).replaceAll('&#x3D;', '=')).toContain(`href="http://127.0.0.1:9/urgent-actions/${actionId}?lang=en"`);

    await runDigestsAt('2031-01-08T09:30:00Z');
    expect(sink.messages).toHaveLength(1);
    const [row] = await testApp
      .get(DataSource)
      .query(
        `SELECT "messagesCreated", "settledAt" FROM notice_digest WHERE "frequency" = 'daily' AND "periodEnd" = '2031-01-08T08:00:00Z'`,
      );
    expect(row.messagesCreated).toBe(1);
    expect(row.settledAt).not.toBeNull();
  });

  it('sends the weekly summary on Monday in the reader’s language, and catches up the daily ones no run recorded', async () => {
    testApp.clock.set('2031-01-09T12:00:00Z');
    expect(
      (
        await staff.post(`/api/actions/${actionId}/updates`, {
          kind: 'further information',
          title: 'Hearing set for 20 January',
          body: 'A court will hear her case on 20 January.',
        })
      ).status,
    ).toBe(201);
    await waitUntilSettled(testApp);
    sink.messages.length = 0;
    // No planning run from 8 January until Monday 13 January: the daily periods in between are recorded now.
    await runDigestsAt('2031-01-13T09:05:00Z');
    // Quinn unsubscribed from everything; Ola follows the network only, so she reads the new action but not its updates.
    expect(recipientsOf(sink.messages)).toEqual(['dana@example.org', 'ola@example.org', 'wren@example.org']);
    expect(mailTo('dana@example.org')[0].text).toContain('Hearing set for 20 January');
    const [{ days }] = await testApp
      .get(DataSource)
      .query(`SELECT count(*)::int AS "days" FROM notice_digest WHERE "frequency" = 'daily' AND "settledAt" IS NOT NULL`);
    expect(days).toBe(6);
    const [wren] = mailTo('wren@example.org');
    expect(wren.subject).toBe('Votre résumé hebdomadaire des Actions urgentes');
    expect(wren.text).toContain('Nouvelles Actions urgentes');
    expect(wren.text).toContain('Test Person Alpha is held incommunicado.');
    expect(wren.text).toContain('Mises à jour');
    expect(wren.text).toContain('Moved to another prison');
    expect(wren.text).toContain('Hearing set for 20 January');
    expect(wren.text).toContain(`/urgent-actions/${actionId}?lang=fr`);
    const [ola] = mailTo('ola@example.org');
    expect(ola.text).toContain('New Urgent Actions');
    expect(ola.text).not.toContain('Moved to another prison');
  });

  it('asks everyone to stop writing at once, whatever they chose, and leaves that out of the next summary', async () => {
    sink.messages.length = 0;
    testApp.clock.set('2031-01-13T10:00:00Z');
    expect(
      (await staff.post(`/api/actions/${actionId}/updates`, { kind: 'stop action', title: 'Released', body: 'Test Person Alpha is free.' }))
        .status,
    ).toBe(201);
    await waitUntilSettled(testApp);
    expect(recipientsOf(sink.messages)).toEqual(['dana@example.org', 'ines@example.org', 'wren@example.org']);
    expect(mailTo('dana@example.org')[0].text).toContain('please stop writing');

    sink.messages.length = 0;
    await runDigestsAt('2031-01-14T08:10:00Z');
    expect(sink.messages).toHaveLength(0);
  });

  it('stops every notice and summary with the one-click link of a summary, and keeps sending to the others', async () => {
    const [digest] = await testApp
      .get(DataSource)
      .query(`SELECT "unsubscribeUrl" FROM notification_outbox WHERE "kind" = 'digest' AND "supporterId" = $1`, [supporters.wren]);
    const answer = await httpClient(testApp.baseUrl).post(new URL(digest.unsubscribeUrl).pathname, {});
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ unsubscribed: true, scope: 'everything' });
    const following = await testApp
      .get(DataSource)
      .query(`SELECT count(*)::int AS "count" FROM subscription WHERE "supporterId" = $1 AND "unsubscribedAt" IS NULL`, [supporters.wren]);
    expect(following[0].count).toBe(0);

    testApp.clock.set('2031-01-14T12:00:00Z');
    const next = (
      await staff.post(
        '/api/actions',
        inventedAction({ reference: 'UA 21/31', title: 'Second invented case', appealDeadline: '2031-02-20' }),
      )
    ).body;
    expect((await staff.post(`/api/actions/${next.id}/publish`)).status).toBe(200);
    await waitUntilSettled(testApp);
    sink.messages.length = 0;
    await runDigestsAt('2031-01-20T08:00:00Z');
    expect(recipientsOf(sink.messages)).toEqual(['ola@example.org']);
    expect(sink.messages[0].text).toContain('UA 21/31: Second invented case');
  });

  it('lets a supporter choose how often, and refuses a choice that does not exist naming the field', async () => {
    const { http } = await supporterClient(testApp);
    const refused = await http.patch('/api/me', { noticeFrequency: 'hourly' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'noticeFrequency' })]);
    const saved = await http.patch('/api/me', { noticeFrequency: 'weekly' });
    expect(saved.status).toBe(200);
    expect(saved.body.noticeFrequency).toBe('weekly');
  });
});
