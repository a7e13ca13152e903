import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionUpdatesService } from '../../src/actions/action-updates.service';
import { ActionUpdateKind } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { CreateActionUpdateDto } from '../../src/actions/dto/create-action-update.dto';
import { Conflict, NotFound, Refused } from '../../src/platform/errors/domain-errors';
import { DAY, TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * Staff's action lifecycle called as plain methods, with no HTTP server: creating, publishing and extending an action,
 * what each writes, and the domain errors that the API answers as 409 and 422.
 */
describe('publishing and extending an action, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;
  let updates: ActionUpdatesService;

  const extension = (newAppealDeadline: string) =>
    ({
      kind: ActionUpdateKind.DeadlineExtension,
      title: 'Deadline extended',
      body: 'Appeals are still needed.',
      newAppealDeadline,
    }) as CreateActionUpdateDto;
  const row = async (id: string) =>
    (
      (await context
        .get(DataSource)
        .query('SELECT "status", "publishedAt", "appealDeadline", "version" FROM urgent_action WHERE "id" = $1', [id])) as {
        status: string;
        publishedAt: Date | null;
        appealDeadline: Date;
        version: number;
      }[]
    )[0];

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
    updates = context.get(ActionUpdatesService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('publishes a draft at the clock’s time, and moves its version on', async () => {
    const draft = await actions.create(inventedAction({ reference: 'UA 801/30' }));
    expect(draft.status).toBe('draft');
    const before = await row(draft.id);

    const published = await actions.publish(draft.id);

    expect(published).toMatchObject({ id: draft.id, status: 'published', publishedAt: clock.now() });
    const after = await row(draft.id);
    expect(after).toMatchObject({ status: 'published', publishedAt: clock.now() });
    expect(after.version).toBeGreaterThan(before.version);
  });

  it('refuses to publish twice, an action without a reference, or one that does not exist, and writes nothing', async () => {
    const published = await actions.publish((await actions.create(inventedAction({ reference: 'UA 802/30' }))).id);
    const again = actions.publish(published.id);
    await expect(again).rejects.toBeInstanceOf(Refused);
    await expect(again).rejects.toMatchObject({ fieldErrors: [{ field: 'status', message: expect.stringContaining('Only a draft') }] });

    const unnamed = await actions.create(inventedAction());
    await expect(actions.publish(unnamed.id)).rejects.toMatchObject({ kind: 'refused', fieldErrors: [{ field: 'reference' }] });
    expect((await row(unnamed.id)).status).toBe('draft');

    await expect(actions.publish('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound);
  });

  it('answers a reference taken already with a conflict naming the field (the API’s 409), on create and on edit', async () => {
    await actions.create(inventedAction({ reference: 'UA 803/30' }));
    await expect(actions.create(inventedAction({ reference: 'UA 803/30' }))).rejects.toMatchObject({
      kind: 'conflict',
      fieldErrors: [{ field: 'reference', message: expect.stringContaining('UA 803/30 exists already') }],
    });

    const other = await actions.create(inventedAction({ reference: 'UA 804/30', title: 'Another case' }));
    const edit = actions.update(other.id, { reference: 'UA 803/30' });
    await expect(edit).rejects.toBeInstanceOf(Conflict);
    expect((await actions.get(other.id)).reference).toBe('UA 804/30');
  });

  it('extends a published action’s deadline: the update is recorded and the action’s deadline moves, in one step', async () => {
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 805/30' }))).id);
    const before = await row(action.id);

    const update = await updates.post(action.id, extension('2031-02-15'));

    const newDeadline = new Date('2031-02-14T23:00:00Z'); // midnight in the action's zone, Europe/Paris
    expect(update).toMatchObject({ kind: 'deadline extension', sequence: 1, newAppealDeadline: newDeadline, publishedAt: clock.now() });
    const after = await row(action.id);
    expect(after).toMatchObject({ status: 'published', appealDeadline: newDeadline });
    expect(after.version).toBeGreaterThan(before.version);
    expect((await updates.list(action.id)).map((posted) => posted.id)).toEqual([update.id]);
  });

  it('refuses an extension that ends before the current deadline, one without a date, and one on a draft', async () => {
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 806/30' }))).id);
    await expect(updates.post(action.id, extension('2031-01-01'))).rejects.toMatchObject({
      kind: 'refused',
      fieldErrors: [{ field: 'newAppealDeadline', message: expect.stringContaining('must end after the current deadline') }],
    });
    await expect(updates.post(action.id, { ...extension('2031-02-15'), newAppealDeadline: undefined })).rejects.toMatchObject({
      fieldErrors: [{ field: 'newAppealDeadline' }],
    });
    const draft = await actions.create(inventedAction({ reference: 'UA 807/30' }));
    await expect(updates.post(draft.id, extension('2031-02-15'))).rejects.toMatchObject({ fieldErrors: [{ field: 'status' }] });
    expect(await updates.list(action.id)).toEqual([]);
    expect((await row(action.id)).appealDeadline).toEqual(action.appealDeadline);
  });

  it('extends one action twice at once: the lock queues them, so the deadline never moves back and sequences never repeat', async () => {
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 808/30' }))).id);
    clock.advance(DAY);

    const both = await Promise.allSettled([
      updates.post(action.id, extension('2031-02-15')),
      updates.post(action.id, extension('2031-03-15')),
    ]);

    // Whichever commits first, the later deadline stands: after it, the earlier one is no extension and is refused.
    expect((await row(action.id)).appealDeadline).toEqual(new Date('2031-03-14T23:00:00Z'));
    const posted = both.flatMap((result) => (result.status === 'fulfilled' ? [result.value.sequence] : []));
    expect(posted.sort()).toEqual(posted.length === 2 ? [1, 2] : [1]);
    for (const result of both) if (result.status === 'rejected') expect(result.reason).toBeInstanceOf(Refused);
  });
});
