import { DataSource } from 'typeorm';
import { RetentionTask, UNCONFIRMED_DAYS } from '../../src/privacy/retention.task';
import { TestClock } from '../support/clock';
import { createTestContext, TestContext } from '../support/test-app';

const DAY = 86_400_000;

/**
 * The nightly retention purge, called as a plain method with no HTTP server: supporters who never confirmed within
 * UNCONFIRMED_DAYS and those inactive beyond RETENTION_MONTHS are erased, expired sessions removed; the rest stay.
 */
describe('the retention purge, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T03:17:00Z');
  let context: TestContext;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { RETENTION_MONTHS: '24' } });
  });
  afterAll(() => context.close());

  const daysAgo = (days: number) => new Date(clock.now().getTime() - days * DAY);

  const supporter = async (email: string, fields: { createdAt: Date; confirmedAt: Date | null; lastActiveAt: Date }) =>
    (
      await rows<{ id: string }>(
        `INSERT INTO supporter ("email", "name", "createdAt", "confirmedAt", "lastActiveAt") VALUES ($1, 'Someone', $2, $3, $4) RETURNING "id"`,
        [email, fields.createdAt, fields.confirmedAt, fields.lastActiveAt],
      )
    )[0].id;

  const session = (supporterId: string, expiresAt: Date) =>
    rows(`INSERT INTO auth_token ("tokenHash", "kind", "supporterId", "expiresAt") VALUES ($1, 'session', $2, $3)`, [
      `hash-${supporterId}-${expiresAt.getTime()}`,
      supporterId,
      expiresAt,
    ]);

  it('erases the unconfirmed and the inactive, removes expired sessions, and keeps everyone else with their live sessions', async () => {
    const stale = await supporter('never.confirmed@example.org', {
      createdAt: daysAgo(UNCONFIRMED_DAYS + 1),
      confirmedAt: null,
      lastActiveAt: daysAgo(UNCONFIRMED_DAYS + 1),
    });
    const recent = await supporter('confirming.soon@example.org', { createdAt: daysAgo(2), confirmedAt: null, lastActiveAt: daysAgo(2) });
    const dormant = await supporter('dormant@example.org', {
      createdAt: daysAgo(900),
      confirmedAt: daysAgo(900),
      lastActiveAt: daysAgo(25 * 31),
    });
    const active = await supporter('active@example.org', { createdAt: daysAgo(900), confirmedAt: daysAgo(900), lastActiveAt: daysAgo(30) });
    await session(active, daysAgo(1));
    await session(active, new Date(clock.now().getTime() + DAY));
    await session(dormant, new Date(clock.now().getTime() + DAY));

    const report = await context.get(RetentionTask).purge();

    expect(report).toEqual({
      unconfirmedRemoved: 1,
      inactiveRemoved: 1,
      expiredSessionsRemoved: 1,
      failedLettersCleared: 0,
      lapsedLetterRequestsRemoved: 0,
    });
    const left = await rows<{ id: string }>('SELECT "id" FROM supporter ORDER BY "email"');
    expect(left.map(({ id }) => id).sort()).toEqual([recent, active].sort());
    expect(left.map(({ id }) => id)).not.toContain(stale);
    expect(await rows('SELECT "supporterId" FROM auth_token')).toEqual([{ supporterId: active }]);
  });

  it('erases a sign-up once it has waited longer than the confirmation window, and not before', async () => {
    const waiting = await supporter('waiting@example.org', { createdAt: clock.now(), confirmedAt: null, lastActiveAt: clock.now() });

    expect((await context.get(RetentionTask).purge()).unconfirmedRemoved).toBe(0);
    clock.advance(UNCONFIRMED_DAYS * DAY + 1);
    expect((await context.get(RetentionTask).purge()).unconfirmedRemoved).toBeGreaterThanOrEqual(1);

    expect(await rows('SELECT "id" FROM supporter WHERE "id" = $1', [waiting])).toEqual([]);
  });
});
