import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { PauseTargetSending } from '../../src/actions/use-cases/pause-target-sending';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

const NOW = new Date('2030-06-03T09:00:00Z');
const LATER = new Date('2030-06-03T10:00:00Z');

/** Pausing the system's sending to one target of an action, called as a plain method with no HTTP server. */
describe('PauseTargetSending, without HTTP', () => {
  const clock = TestClock.at(NOW);
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let pause: PauseTargetSending;
  let actionId: string;
  let targetId: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const pausedAt = async () =>
    (
      await rows<{ systemSendingPausedAt: Date | null }>(
        `SELECT "systemSendingPausedAt" FROM action_target WHERE "actionId" = $1 AND "targetId" = $2`,
        [actionId, targetId],
      )
    )[0].systemSendingPausedAt;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    pause = context.get(PauseTargetSending);
    [{ id: actionId }] = await rows<{ id: string }>(
      `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
       VALUES ('Pause', 'KP', 'Summary', '2030-06-20T00:00:00Z', 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
    );
    [{ id: targetId }] = await rows<{ id: string }>(
      `INSERT INTO target ("name", "kind", "country", "email") VALUES ('Invented Minister', 'minister', 'FR', 'minister@invented.example.org')
       RETURNING "id"`,
    );
    await rows(`INSERT INTO action_target ("role", "position", "actionId", "targetId") VALUES ('primary', 0, $1, $2)`, [
      actionId,
      targetId,
    ]);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('keeps the first pause time when paused again, and clears it on resuming', async () => {
    expect(await pause.execute(actionId, targetId, true, NOW)).toBe(true);
    expect(await pausedAt()).toEqual(NOW);
    expect(await pause.execute(actionId, targetId, true, LATER)).toBe(true);
    expect(await pausedAt()).toEqual(NOW);
    expect(await pause.execute(actionId, targetId, false, LATER)).toBe(true);
    expect(await pausedAt()).toBeNull();
  });

  it('answers false for a target that is not the action’s', async () => {
    expect(await pause.execute(actionId, randomUUID(), true, NOW)).toBe(false);
  });
});
