import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { Unfollow } from '../../src/supporters/use-cases/unfollow';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * A supporter stops one subscription from their page, called as a plain method with no HTTP server: what it records
 * and which waiting messages it cancels, the same as the emails' one-click link for that scope.
 */
describe('Unfollow, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let unfollow: Unfollow;

  const one = async <T>(sql: string, parameters: unknown[]): Promise<T> =>
    ((await context.get(DataSource).query(sql, parameters)) as T[])[0];

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    unfollow = context.get(Unfollow);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  const supporter = async (email: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO supporter ("email", "name", "lastActiveAt", "confirmedAt") VALUES ($1, 'Ana', now(), now()) RETURNING "id"`,
        [email],
      )
    ).id;

  const action = async (title: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
     VALUES ($1, 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
        [title],
      )
    ).id;

  const subscription = async (supporterId: string, actionId: string | null) =>
    (
      await one<{ id: string }>(
        `INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") VALUES ($1, $2, now()) RETURNING "id"`,
        [supporterId, actionId],
      )
    ).id;

  const waitingNotice = async (supporterId: string, actionId: string, kind: 'update notice' | 'new action notice') =>
    (
      await one<{ id: string }>(
        `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "supporterId", "actionId", "dueAt")
     VALUES ($1, $2, 'ana@example.org', $3, $4, '2030-06-01T11:00:00Z') RETURNING "id"`,
        [kind, `${kind}:${supporterId}:${actionId}`, supporterId, actionId],
      )
    ).id;

  const unsubscribedAt = async (id: string) =>
    (await one<{ unsubscribedAt: Date | null }>('SELECT "unsubscribedAt" FROM subscription WHERE "id" = $1', [id])).unsubscribedAt;
  const message = (id: string) =>
    one<{ status: string; lastError: string | null; settledAt: Date | null }>(
      'SELECT "status", "lastError", "settledAt" FROM notification_outbox WHERE "id" = $1',
      [id],
    );

  it('stops one followed action and cancels its waiting updates, leaving the network and the other actions as they were', async () => {
    const ana = await supporter('ana.action@example.org');
    const [followed, other] = [await action('Followed'), await action('Other')];
    const [followedSubscription, otherSubscription, network] = [
      await subscription(ana, followed),
      await subscription(ana, other),
      await subscription(ana, null),
    ];
    const update = await waitingNotice(ana, followed, 'update notice');
    const otherUpdate = await waitingNotice(ana, other, 'update notice');
    const newAction = await waitingNotice(ana, other, 'new action notice');

    await unfollow.execute(ana, followedSubscription);

    expect(await unsubscribedAt(followedSubscription)).toEqual(clock.now());
    expect(await unsubscribedAt(otherSubscription)).toBeNull();
    expect(await unsubscribedAt(network)).toBeNull();
    expect(await message(update)).toEqual({
      status: 'cancelled',
      lastError: 'cancelled: the recipient unsubscribed',
      settledAt: clock.now(),
    });
    expect((await message(otherUpdate)).status).toBe('queued');
    expect((await message(newAction)).status).toBe('queued');
  });

  it('stops following the network: waiting new-action notices are cancelled, updates of a followed action stay', async () => {
    const ana = await supporter('ana.network@example.org');
    const followed = await action('Followed by a network reader');
    const [network, followedSubscription] = [await subscription(ana, null), await subscription(ana, followed)];
    const newAction = await waitingNotice(ana, followed, 'new action notice');
    const update = await waitingNotice(ana, followed, 'update notice');

    await unfollow.execute(ana, network);

    expect(await unsubscribedAt(network)).toEqual(clock.now());
    expect(await unsubscribedAt(followedSubscription)).toBeNull();
    expect((await message(newAction)).status).toBe('cancelled');
    expect((await message(update)).status).toBe('queued');
  });

  it("does not find another supporter's subscription, and changes nothing of it", async () => {
    const [ana, ben] = [await supporter('ana.owner@example.org'), await supporter('ben@example.org')];
    const followed = await action('Followed by Ana');
    const anas = await subscription(ana, followed);
    const update = await waitingNotice(ana, followed, 'update notice');

    await expect(unfollow.execute(ben, anas)).rejects.toBeInstanceOf(NotFound);

    expect(await unsubscribedAt(anas)).toBeNull();
    expect((await message(update)).status).toBe('queued');
  });
});
