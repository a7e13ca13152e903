import { DataSource } from 'typeorm';
import { ErasePersonalData } from '../../src/privacy/use-cases/erase-personal-data';
import { TestClock } from '../support/clock';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * ErasePersonalData, called as a plain method: the supporter's traces in the outbox and the supporter's row go in one
 * transaction, so an erasure that cannot delete the row leaves the traces as they were.
 */
describe('erasing personal data, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  let context: TestContext;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const one = async <T>(sql: string, parameters: unknown[] = []): Promise<T> => (await rows<T>(sql, parameters))[0];

  beforeAll(async () => {
    context = await createTestContext({ clock });
  });
  afterAll(() => context.close());

  it("keeps the mail to a supporter's address when their row cannot be deleted, and erases both once it can", async () => {
    const { id: actionId } = await one<{ id: string }>(
      `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
       VALUES ('Erasure', 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
    );
    const supporter = await one<{ id: string; email: string }>(
      `INSERT INTO supporter ("email", "name", "lastActiveAt", "confirmedAt") VALUES ('held@example.org', 'Ana', now(), now()) RETURNING "id", "email"`,
    );
    const notice = await one<{ id: string }>(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "recipientName", "actionId", "dueAt")
       VALUES ('update notice', 'erasure-notice', 'held@example.org', 'Ana', $1, '2030-06-01T11:00:00Z') RETURNING "id"`,
      [actionId],
    );
    await rows(`CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await rows(`CREATE TRIGGER refuse_supporter_delete BEFORE DELETE ON supporter FOR EACH ROW EXECUTE FUNCTION refuse_delete()`);
    const erasure = context.get(ErasePersonalData);

    await expect(erasure.supporter(supporter, clock.now())).rejects.toThrow('refused');

    expect(await one('SELECT "recipient", "recipientName", "status" FROM notification_outbox WHERE "id" = $1', [notice.id])).toEqual({
      recipient: 'held@example.org',
      recipientName: 'Ana',
      status: 'queued',
    });
    expect(await rows('SELECT "id" FROM supporter WHERE "id" = $1', [supporter.id])).toHaveLength(1);

    await rows('DROP TRIGGER refuse_supporter_delete ON supporter');
    await erasure.supporter(supporter, clock.now());

    expect(await one('SELECT "recipient", "recipientName", "status" FROM notification_outbox WHERE "id" = $1', [notice.id])).toEqual({
      recipient: '',
      recipientName: null,
      status: 'cancelled',
    });
    expect(await rows('SELECT "id" FROM supporter WHERE "id" = $1', [supporter.id])).toEqual([]);
  });
});
