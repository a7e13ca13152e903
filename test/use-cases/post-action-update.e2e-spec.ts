import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionUpdatesService } from '../../src/actions/action-updates.service';
import { ActionOutcome, ActionUpdateKind } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { CreateActionUpdateDto } from '../../src/actions/dto/create-action-update.dto';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/** Posting an update to a published action, called as a plain method: what the update records and does to its action. */
describe('posting an action update, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;
  let updates: ActionUpdatesService;

  const published = async (reference: string) => actions.publish((await actions.create(inventedAction({ reference }))).id);
  const further = (title: string, fields: Partial<CreateActionUpdateDto> = {}) =>
    ({ kind: ActionUpdateKind.FurtherInformation, title, body: 'What we have learned since.', ...fields }) as CreateActionUpdateDto;
  const fanoutsOf = async (actionId: string) =>
    (await context
      .get(DataSource)
      .query('SELECT "kind", "updateId", "stopWriting" FROM notification_fanout WHERE "actionId" = $1 ORDER BY "createdAt"', [
        actionId,
      ])) as { kind: string; updateId: string | null; stopWriting: boolean }[];

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
    updates = context.get(ActionUpdatesService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('records further information with the next sequence, and its new asks replace the action’s', async () => {
    const action = await published('UA 811/30');
    const first = await updates.post(action.id, further('First news'));
    const second = await updates.post(action.id, further('Second news', { asks: ['Release her now.'], documentIndex: 'EUR 21/011/2030' }));

    expect([first.sequence, second.sequence]).toEqual([1, 2]);
    expect(second).toMatchObject({
      kind: 'further information',
      asks: ['Release her now.'],
      documentIndex: 'EUR 21/011/2030',
      outcome: null,
    });
    expect(second).not.toHaveProperty('action');
    expect(await actions.get(action.id)).toMatchObject({ status: 'published', asks: ['Release her now.'] });
    expect((await updates.list(action.id)).map((update) => update.title)).toEqual(['First news', 'Second news']);
  });

  it('numbers updates posted at the same moment one after the other, under the action’s lock', async () => {
    const action = await published('UA 812/30');
    const posted = await Promise.all(['A', 'B', 'C'].map((title) => updates.post(action.id, further(title))));
    expect(posted.map((update) => update.sequence).sort()).toEqual([1, 2, 3]);
  });

  it('closes the action with a stop action, and then takes no more updates', async () => {
    const action = await published('UA 813/30');
    const stop = await updates.post(action.id, {
      kind: ActionUpdateKind.StopAction,
      title: 'Released',
      body: 'She is home.',
    } as CreateActionUpdateDto);

    expect(stop).toMatchObject({ kind: 'stop action', outcome: ActionOutcome.StopAction });
    expect(await actions.get(action.id)).toMatchObject({ status: 'closed', outcome: ActionOutcome.StopAction, closedAt: clock.now() });
    await expect(updates.post(action.id, further('Too late'))).rejects.toMatchObject({
      kind: 'refused',
      fieldErrors: [{ field: 'status' }],
    });
    expect(await updates.list(action.id)).toHaveLength(1);
  });

  it('keeps an outcome that does not close the action open, and refuses an outcome that names none', async () => {
    const action = await published('UA 814/30');
    await expect(
      updates.post(action.id, { kind: ActionUpdateKind.Outcome, title: 'News', body: 'Some news.' } as CreateActionUpdateDto),
    ).rejects.toMatchObject({
      fieldErrors: [{ field: 'outcome' }],
    });
    await updates.post(action.id, {
      kind: ActionUpdateKind.Outcome,
      title: 'Partly good news',
      body: 'One released.',
      outcome: ActionOutcome.Released,
      closesAction: false,
    } as CreateActionUpdateDto);
    expect(await actions.get(action.id)).toMatchObject({ status: 'published', outcome: ActionOutcome.Released });
  });

  it('writes the followers’ notice with the update, in one transaction: a refused update leaves neither', async () => {
    const action = await published('UA 815/30');
    const news = await updates.post(action.id, further('News for followers'));
    await expect(updates.post(action.id, further('Bad date', { newAppealDeadline: '2020-01-01' }))).rejects.toMatchObject({
      fieldErrors: [{ field: 'newAppealDeadline' }],
    });
    const stop = await updates.post(action.id, {
      kind: ActionUpdateKind.StopAction,
      title: 'Stop',
      body: 'No more.',
    } as CreateActionUpdateDto);

    expect((await fanoutsOf(action.id)).filter((fanout) => fanout.kind === 'update posted')).toEqual([
      { kind: 'update posted', updateId: news.id, stopWriting: false },
      { kind: 'update posted', updateId: stop.id, stopWriting: true },
    ]);
    expect((await updates.list(action.id)).map((update) => update.id)).toEqual([news.id, stop.id]);
  });
});
