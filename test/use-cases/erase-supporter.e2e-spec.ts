import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { PersonalDataService } from '../../src/supporters/personal-data.service';
import { SupporterAccountsService } from '../../src/supporters/supporter-accounts.service';
import type { Supporter } from '../../src/supporters/supporter.entity';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * A supporter erases their data (DELETE /api/me, the "erase my data" button), called as a plain method with no HTTP
 * server: they, their sessions, subscriptions and link mails go; mail still waiting for their address is cancelled and
 * loses it; their appeals stay counted with no one attached. Someone else is left as they were.
 */
describe("a supporter's erasure, without HTTP", () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let personalData: PersonalDataService;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> => (await rows<T>(sql, parameters))[0];
  const count = async (sql: string, parameters: unknown[]) => (await one<{ count: number }>(sql, parameters)).count;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    personalData = context.get(PersonalDataService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  let actionId: string;
  beforeAll(async () => {
    ({ id: actionId } = await one<{ id: string }>(
      `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
       VALUES ('Erasure', 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
    ));
  });

  /** A confirmed supporter with a session, a subscription, an appeal, a sign-in link mail and an update notice waiting for their address. */
  const supporterWithData = async (email: string) => {
    const supporter = await one<Supporter>(
      `INSERT INTO supporter ("email", "name", "lastActiveAt", "confirmedAt") VALUES ($1, 'Ana', now(), now()) RETURNING *`,
      [email],
    );
    await context.get(AuthService).startSession({ supporter });
    await rows(`INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") VALUES ($1, $2, now())`, [supporter.id, actionId]);
    await rows(
      `INSERT INTO appeal_record ("actionId", "supporterId", "channel", "letterCount", "sentAt") VALUES ($1, $2, 'email', 3, now())`,
      [actionId, supporter.id],
    );
    await context.get(SupporterAccountsService).requestSignInLink(email);
    // Written to the address alone (no supporter id), so it outlives the supporter's row, which cascades to mail naming them.
    const notice = await one<{ id: string }>(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "recipientName", "actionId", "dueAt")
       VALUES ('update notice', $1, $2, 'Ana', $3, '2030-06-01T11:00:00Z') RETURNING "id"`,
      [`update notice:${supporter.id}`, email.toUpperCase(), actionId],
    );
    return { supporterId: supporter.id, noticeId: notice.id };
  };

  const heldOf = async (supporterId: string, email: string) => ({
    supporter: await count('SELECT count(*)::int FROM supporter WHERE "id" = $1', [supporterId]),
    sessions: await count('SELECT count(*)::int FROM auth_token WHERE "supporterId" = $1', [supporterId]),
    subscriptions: await count('SELECT count(*)::int FROM subscription WHERE "supporterId" = $1', [supporterId]),
    appeals: await count('SELECT count(*)::int FROM appeal_record WHERE "supporterId" = $1', [supporterId]),
    mailToThem: await count('SELECT count(*)::int FROM notification_outbox WHERE "supporterId" = $1 OR lower("recipient") = $2', [
      supporterId,
      email,
    ]),
  });

  it('removes the supporter and what leads back to them, keeping their appeals counted and cancelling their waiting notice', async () => {
    const ana = await supporterWithData('ana.erased@example.org');
    const ben = await supporterWithData('ben.kept@example.org');
    const lettersBefore = await count('SELECT sum("letterCount")::int AS count FROM appeal_record WHERE "actionId" = $1', [actionId]);
    expect(await heldOf(ana.supporterId, 'ana.erased@example.org')).toEqual({
      supporter: 1,
      sessions: 1,
      subscriptions: 1,
      appeals: 1,
      mailToThem: 2,
    });

    await personalData.erase(ana.supporterId);

    expect(await heldOf(ana.supporterId, 'ana.erased@example.org')).toEqual({
      supporter: 0,
      sessions: 0,
      subscriptions: 0,
      appeals: 0,
      mailToThem: 0,
    });
    expect(
      await one('SELECT "status", "recipient", "recipientName", "settledAt" FROM notification_outbox WHERE "id" = $1', [ana.noticeId]),
    ).toEqual({
      status: 'cancelled',
      recipient: '',
      recipientName: null,
      settledAt: clock.now(),
    });
    expect(await count('SELECT sum("letterCount")::int AS count FROM appeal_record WHERE "actionId" = $1', [actionId])).toBe(lettersBefore);
    expect(await heldOf(ben.supporterId, 'ben.kept@example.org')).toEqual({
      supporter: 1,
      sessions: 1,
      subscriptions: 1,
      appeals: 1,
      mailToThem: 2,
    });
  });

  it('does not find a supporter who is not there', async () => {
    await expect(personalData.erase('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound);
  });
});
