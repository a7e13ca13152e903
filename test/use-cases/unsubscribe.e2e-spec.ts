import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { UnsubscribeLinks } from '../../src/notifications/unsubscribe/unsubscribe-links';
import type { UnsubscribeScope } from '../../src/notifications/unsubscribe/unsubscribe-token';
import { UnsubscribeService } from '../../src/notifications/unsubscribe/unsubscribe.service';
import { Invalid } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * One-click unsubscribe called as plain methods, with no HTTP server: what each signed link records, which waiting
 * messages it cancels (never a letter the supporter sent to a target), and that a second click changes nothing.
 */
describe('UnsubscribeService, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const later = new Date('2030-06-02T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let unsubscribes: UnsubscribeService;

  const rows = <T>(sql: string, parameters: unknown[] = []): Promise<T[]> => context.get(DataSource).query(sql, parameters);
  const one = async <T>(sql: string, parameters: unknown[]): Promise<T> => (await rows<T>(sql, parameters))[0];
  const tokenFor = (scope: UnsubscribeScope) => context.get(UnsubscribeLinks).urlFor(scope).split('/').pop() as string;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    unsubscribes = context.get(UnsubscribeService);
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
  const section = async (email: string) =>
    (
      await one<{ id: string }>(
        `INSERT INTO section ("code", "country", "name", "timeZone", "contactEmail") VALUES ($1, 'FR', 'Invented Section', 'Europe/Paris', $2)
         RETURNING "id"`,
        [`X${randomBytes(2).toString('hex')}`, email],
      )
    ).id;
  const waiting = async (kind: string, recipient: string, refs: { supporterId?: string; sectionId?: string; actionId?: string }) =>
    (
      await one<{ id: string }>(
        `INSERT INTO notification_outbox ("kind", "dedupeKey", "recipient", "supporterId", "sectionId", "actionId", "dueAt")
         VALUES ($1, $2, $3, $4, $5, $6, '2030-06-01T11:00:00Z') RETURNING "id"`,
        [
          kind,
          `${kind}:${randomBytes(6).toString('hex')}`,
          recipient,
          refs.supporterId ?? null,
          refs.sectionId ?? null,
          refs.actionId ?? null,
        ],
      )
    ).id;
  const statusOf = async (id: string) =>
    (await one<{ status: string }>('SELECT "status" FROM notification_outbox WHERE "id" = $1', [id])).status;
  const stoppedFollowing = (supporterId: string) =>
    rows<{ actionId: string | null; unsubscribedAt: Date | null }>(
      'SELECT "actionId", "unsubscribedAt" FROM subscription WHERE "supporterId" = $1 ORDER BY "actionId" NULLS FIRST',
      [supporterId],
    );

  it('describes what a link stops without stopping it', async () => {
    const ana = await supporter('ana.describe@example.org');
    const answer = unsubscribes.describe(tokenFor({ kind: 'network', supporterId: ana }));

    expect(answer).toEqual({ unsubscribed: false, scope: 'network', message: expect.stringContaining('Send a POST') });
    expect(await stoppedFollowing(ana)).toEqual([]);
  });

  it('refuses a link that was changed, naming the token, and records nothing', async () => {
    const ana = await supporter('ana.changed@example.org');
    const token = tokenFor({ kind: 'everything', supporterId: ana });

    expect(() => unsubscribes.describe(`${token}x`)).toThrow(Invalid);
    await expect(async () => unsubscribes.unsubscribe(`x${token}`)).rejects.toBeInstanceOf(Invalid);
    expect(await stoppedFollowing(ana)).toEqual([]);
  });

  it('"everything" stops the network, each action followed or written for, and cancels notices and summaries, not letters', async () => {
    const ana = await supporter('ana.everything@example.org');
    const [followed, writtenFor] = [await action('Followed'), await action('Written for')];
    await rows(`INSERT INTO subscription ("supporterId", "actionId", "confirmedAt") VALUES ($1, $2, now())`, [ana, followed]);
    await rows(`INSERT INTO appeal_record ("channel", "sentAt", "actionId", "supporterId") VALUES ('email', now(), $1, $2)`, [
      writtenFor,
      ana,
    ]);
    const update = await waiting('update notice', 'ana.everything@example.org', { supporterId: ana, actionId: followed });
    const summary = await waiting('digest', 'ana.everything@example.org', { supporterId: ana });
    const letter = await waiting('target message', 'minister@invented.example.org', { supporterId: ana, actionId: writtenFor });

    const answer = await unsubscribes.unsubscribe(tokenFor({ kind: 'everything', supporterId: ana }));

    expect(answer).toEqual({ unsubscribed: true, scope: 'everything', message: expect.stringContaining('no further notices') });
    expect(await stoppedFollowing(ana)).toEqual(
      expect.arrayContaining([
        { actionId: null, unsubscribedAt: clock.now() },
        { actionId: followed, unsubscribedAt: clock.now() },
        { actionId: writtenFor, unsubscribedAt: clock.now() },
      ]),
    );
    expect((await stoppedFollowing(ana)).length).toBe(3);
    expect([await statusOf(update), await statusOf(summary), await statusOf(letter)]).toEqual(['cancelled', 'cancelled', 'queued']);
  });

  it('a second click keeps the first time and answers the same', async () => {
    const ana = await supporter('ana.twice@example.org');
    const followed = await action('Followed twice');
    const scope: UnsubscribeScope = { kind: 'action', supporterId: ana, actionId: followed };
    await unsubscribes.stop(scope);
    clock.set(later);
    try {
      expect(await unsubscribes.stop(scope)).toEqual({ unsubscribed: true, scope: 'action', message: expect.any(String) });
    } finally {
      clock.set(new Date('2030-06-01T10:00:00Z'));
    }
    expect(await stoppedFollowing(ana)).toEqual([{ actionId: followed, unsubscribedAt: new Date('2030-06-01T10:00:00Z') }]);
  });

  it("a section's address stops its section's notices, by its address in any case, and the section's other addresses are untouched", async () => {
    const sectionId = await section('Office@Invented.example.org');
    const notice = await waiting('new action notice', 'office@invented.example.org', { sectionId });
    const toAnother = await waiting('new action notice', 'other@invented.example.org', { sectionId });

    await unsubscribes.unsubscribe(tokenFor({ kind: 'section', sectionId, email: 'Office@Invented.example.org' }));

    expect(await rows('SELECT "email" FROM section_opt_out WHERE "sectionId" = $1', [sectionId])).toEqual([
      { email: 'office@invented.example.org' },
    ]);
    expect([await statusOf(notice), await statusOf(toAnother)]).toEqual(['cancelled', 'queued']);
  });

  it('an erased supporter has nothing left to unsubscribe: no subscription is written for them', async () => {
    const erased = '6f1c1d3e-0000-4000-8000-000000000001';

    expect((await unsubscribes.stop({ kind: 'network', supporterId: erased })).unsubscribed).toBe(true);
    expect(await stoppedFollowing(erased)).toEqual([]);
  });
});
