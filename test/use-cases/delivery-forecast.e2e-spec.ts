import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { DeliveryForecast } from '../../src/notifications/deliveries/delivery-forecast';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

const NOW = new Date('2030-06-03T09:00:00Z');
const HOUR = 3_600_000;
/** The default pace, 30 letters an hour to one office: a slot every 120 s. */
const SLOT = 120_000;

/**
 * The delivery forecast and steering writers away from an office, called as plain methods with no HTTP server: when
 * the queued letters go against the deadline, and what pausing a target's sending records.
 */
describe('DeliveryForecast, without HTTP', () => {
  const clock = TestClock.at(NOW);
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let forecasts: DeliveryForecast;
  let actionId: string;
  let ministerId: string;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    forecasts = context.get(DeliveryForecast);
    [{ id: actionId }] = await rows<{ id: string }>(
      `INSERT INTO urgent_action ("title", "country", "summary", "appealDeadline", "appealDeadlineTimeZone", "status", "publishedAt", "version")
       VALUES ('Forecast', 'KP', 'Summary', $1, 'UTC', 'published', '2030-05-01T00:00:00Z', 1) RETURNING "id"`,
      [new Date(NOW.getTime() + 2 * HOUR)],
    );
    [{ id: ministerId }] = await rows<{ id: string }>(
      `INSERT INTO target ("name", "kind", "country", "email") VALUES ('Invented Minister', 'minister', 'FR', 'minister@invented.example.org')
       RETURNING "id"`,
    );
    await rows(`INSERT INTO action_target ("role", "position", "actionId", "targetId") VALUES ('primary', 0, $1, $2)`, [
      actionId,
      ministerId,
    ]);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  const queueLetters = (count: number) =>
    rows(
      `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "targetId", "actionId", "dueAt")
       SELECT 'target message', 'target:use-case-forecast:' || n, 'minister@invented.example.org', $1, $2, $3::timestamptz + (n - 1) * interval '120 seconds'
       FROM generate_series(1, $4) n`,
      [ministerId, actionId, NOW, count],
    );

  it('says when the last queued letter goes and when a new one would, and warns once that passes the deadline', async () => {
    const quiet = await forecasts.forAction(actionId);
    expect(quiet.warning).toBe(false);
    expect(quiet.targets).toEqual([
      expect.objectContaining({ targetId: ministerId, perHour: 30, queued: 0, lastGoesAt: null, newEmailGoesAt: NOW, newFaxGoesAt: null }),
    ]);

    // Two hours to the deadline: the 61st letter goes at the deadline itself, a new one after it.
    await queueLetters(61);
    const busy = await forecasts.forAction(actionId);

    expect(busy.targets[0]).toMatchObject({
      queued: 61,
      lastGoesAt: new Date(NOW.getTime() + 60 * SLOT),
      newEmailGoesAt: new Date(NOW.getTime() + 61 * SLOT),
      queuedPassDeadline: false,
      newPassDeadline: true,
    });
    expect(busy.warning).toBe(true);
  });

  it("pauses the system's sending to the office, keeping the first pause, and resumes it", async () => {
    expect((await forecasts.steer(actionId, ministerId, true)).targets[0].sendingPaused).toBe(true);
    clock.set(new Date(NOW.getTime() + HOUR));
    try {
      await forecasts.steer(actionId, ministerId, true);
      const [paused] = await rows<{ systemSendingPausedAt: Date }>(
        'SELECT "systemSendingPausedAt" FROM action_target WHERE "actionId" = $1 AND "targetId" = $2',
        [actionId, ministerId],
      );
      expect(paused.systemSendingPausedAt).toEqual(NOW);
    } finally {
      clock.set(NOW);
    }
    expect((await forecasts.steer(actionId, ministerId, false)).targets[0].sendingPaused).toBe(false);
  });

  it('does not find a target that is not the action’s, nor an action that is not there', async () => {
    await expect(forecasts.steer(actionId, '6f1c1d3e-0000-4000-8000-000000000003', true)).rejects.toBeInstanceOf(NotFound);
    await expect(forecasts.forAction('6f1c1d3e-0000-4000-8000-000000000004')).rejects.toBeInstanceOf(NotFound);
  });
});
