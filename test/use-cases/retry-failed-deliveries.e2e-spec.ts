import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { jobIdOf, NotificationQueue } from '../../src/notifications/queues/notification-queues';
import { NotificationQueues } from '../../src/notifications/queues/notification-queues.service';
import { RetryFailedDeliveries } from '../../src/notifications/use-cases/retry-failed-deliveries';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

const NOW = new Date('2030-06-01T10:00:00Z');
/** The default pace, 30 letters an hour to one office: a slot every 120 s. */
const SLOT = 120_000;

/**
 * Staff send an action's failed messages again, called as a plain method with no HTTP server: which rows go back to
 * the queue and when (letters in new pacing slots to their office), which stay, and that each gets a send job.
 */
describe('RetryFailedDeliveries, without HTTP', () => {
  const clock = TestClock.at(NOW);
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let retry: RetryFailedDeliveries;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const one = async <T>(sql: string, parameters: unknown[]): Promise<T> => (await rows<T>(sql, parameters))[0];

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    retry = context.get(RetryFailedDeliveries);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  const action = async (title: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
         VALUES ($1, 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
        [title],
      )
    ).id;
  const target = async () =>
    (
      await one<{ id: string }>(
        `INSERT INTO target ("name", "kind", "country", "email") VALUES ('Invented Minister', 'minister', 'FR', 'minister@invented.example.org')
         RETURNING "id"`,
        [],
      )
    ).id;
  const message = async (
    actionId: string,
    status: 'failed' | 'bounced' | 'sent',
    kind: 'target message' | 'update notice',
    targetId: string | null = null,
  ) =>
    (
      await one<{ id: string }>(
        `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "targetId", "actionId", "status", "attempts", "lastError", "settledAt", "dueAt")
         VALUES ($1, $2, 'someone@invented.example.org', $3, $4, $5, 5, 'refused', '2030-05-31T10:00:00Z', '2030-05-31T09:00:00Z') RETURNING "id"`,
        [kind, `${kind}:${randomBytes(6).toString('hex')}`, targetId, actionId, status],
      )
    ).id;
  const row = (id: string) =>
    one<{ status: string; lastError: string | null; settledAt: Date | null; dueAt: Date }>(
      'SELECT "status", "lastError", "settledAt", "dueAt" FROM notification_outbox WHERE "id" = $1',
      [id],
    );
  const hasSendJob = (id: string) =>
    context.get(NotificationQueues).hasLiveJob(NotificationQueue.Send, jobIdOf['send message']({ outboxMessageId: id }));

  it('queues the failed messages again, due now, letters to one office a slot apart; bounced, sent and other actions’ stay', async () => {
    const [actionId, otherAction, minister] = [await action('Retried'), await action('Other'), await target()];
    const letters = [
      await message(actionId, 'failed', 'target message', minister),
      await message(actionId, 'failed', 'target message', minister),
    ];
    const notice = await message(actionId, 'failed', 'update notice');
    const bounced = await message(actionId, 'bounced', 'target message', minister);
    const sent = await message(actionId, 'sent', 'update notice');
    const elsewhere = await message(otherAction, 'failed', 'update notice');

    expect(await retry.retry(actionId)).toEqual({ requeued: 3 });

    expect(await row(notice)).toEqual({ status: 'queued', lastError: null, settledAt: null, dueAt: NOW });
    const slots = (await Promise.all(letters.map(row))).map((letter) => letter.dueAt.getTime() - NOW.getTime()).sort((a, b) => a - b);
    expect(slots).toEqual([0, SLOT]);
    expect((await row(bounced)).status).toBe('bounced');
    expect((await row(sent)).status).toBe('sent');
    expect((await row(elsewhere)).status).toBe('failed');
    for (const id of [...letters, notice]) expect(await hasSendJob(id)).toBe(true);
    expect(await hasSendJob(elsewhere)).toBe(false);
  });

  it('queues only the failed messages named, and a second retry finds nothing left to queue', async () => {
    const actionId = await action('Retried by id');
    const [named, left] = [await message(actionId, 'failed', 'update notice'), await message(actionId, 'failed', 'update notice')];

    expect(await retry.retry(actionId, [named])).toEqual({ requeued: 1 });
    expect(await retry.retry(actionId, [named])).toEqual({ requeued: 0 });

    expect((await row(named)).status).toBe('queued');
    expect((await row(left)).status).toBe('failed');
  });

  it('does not find an action that is not there', async () => {
    await expect(retry.retry('6f1c1d3e-0000-4000-8000-000000000002')).rejects.toBeInstanceOf(NotFound);
  });
});
