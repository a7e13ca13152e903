import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { CountAppeal } from '../../src/supporters/use-cases/count-appeal';
import { UncountAppeals } from '../../src/supporters/use-cases/uncount-appeals';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * The appeals a letter counts, written and taken back in the caller's transaction as plain methods with no HTTP
 * server: a letter's send counts it with its other writes, and a cancelled burst stops counting together.
 */
describe('CountAppeal and UncountAppeals, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let dataSource: DataSource;
  let actionId: string;
  let targetId: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => dataSource.query(sql, parameters);
  const appeal = (overrides: { supporterId?: string | null; messageId?: string | null } = {}) => ({
    actionId,
    targetId,
    sectionId: null,
    supporterId: null,
    channel: AppealChannel.Email,
    language: 'en',
    messageId: null,
    sentAt: new Date('2030-06-01T10:00:00Z'),
    ...overrides,
  });
  const recorded = (ids: string[]) =>
    rows<{
      id: string;
      actionId: string;
      targetId: string;
      supporterId: string | null;
      channel: string;
      letterCount: number;
      sentAt: Date;
    }>(
      `SELECT "id", "actionId", "targetId", "supporterId", "channel", "letterCount", "sentAt" FROM appeal_record WHERE "id" = ANY($1) ORDER BY "sentAt"`,
      [ids],
    );

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    dataSource = context.get(DataSource);
    [{ id: actionId }] = await rows<{ id: string }>(
      `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
       VALUES ('Counted', 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
    );
    [{ id: targetId }] = await rows<{ id: string }>(
      `INSERT INTO target ("name", "kind", "country", "email") VALUES ('Invented Minister', 'minister', 'FR', 'minister@invented.example.org')
       RETURNING "id"`,
    );
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('counts one letter to the target in the caller transaction, and nothing when that transaction rolls back', async () => {
    const id = await dataSource.transaction((manager) => context.get(CountAppeal).execute(manager, appeal()));
    expect(await recorded([id])).toEqual([
      expect.objectContaining({ id, actionId, targetId, supporterId: null, channel: 'email', letterCount: 1 }),
    ]);

    let rolledBack = '';
    await expect(
      dataSource.transaction(async (manager) => {
        rolledBack = await context.get(CountAppeal).execute(manager, appeal());
        throw new Error('the send failed after counting');
      }),
    ).rejects.toThrow('the send failed after counting');
    expect(rolledBack).not.toBe('');
    expect(await recorded([rolledBack])).toEqual([]);
  });

  it('stops counting the given appeals only, with the caller transaction', async () => {
    const [first, second, kept] = await dataSource.transaction(async (manager) => [
      await context.get(CountAppeal).execute(manager, appeal()),
      await context.get(CountAppeal).execute(manager, appeal()),
      await context.get(CountAppeal).execute(manager, appeal()),
    ]);
    await dataSource.transaction((manager) => context.get(UncountAppeals).execute(manager, [first, second]));
    expect((await recorded([first, second, kept])).map((row) => row.id)).toEqual([kept]);
  });
});
