import { randomBytes } from 'node:crypto';
import { ActionUpdatesService } from '../../src/actions/action-updates.service';
import { ActionUpdateKind } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { CreateActionUpdateDto } from '../../src/actions/dto/create-action-update.dto';
import { ListActionUpdates } from '../../src/actions/use-cases/list-action-updates';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/** The updates' use case behind GET /api/actions/:id/updates, called as a plain method with no HTTP server. */
describe('ListActionUpdates, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;

  const update = (actionId: string, title: string) =>
    context
      .get(ActionUpdatesService)
      .post(actionId, { kind: ActionUpdateKind.FurtherInformation, title, body: `${title}, in full.` } as CreateActionUpdateDto);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('answers the public fields of a published action’s updates to anyone, every field to the organisation', async () => {
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 851/30' }))).id);
    await update(action.id, 'First news');
    clock.advance(60_000);
    await update(action.id, 'Second news');

    const list = context.get(ListActionUpdates);
    const forAnyone = await list.execute(action.id, false);
    const forStaff = await list.execute(action.id, true);

    expect(forAnyone.map((found) => found.title)).toEqual(['First news', 'Second news']);
    expect(forStaff.map((found) => found.title)).toEqual(['First news', 'Second news']);
    expect(forStaff[0]).toHaveProperty('createdAt');
    expect(forAnyone[0]).not.toHaveProperty('createdAt');
  });

  it('finds no updates of an action still under embargo for the public, and lists them for the organisation', async () => {
    const embargoed = await actions.publish(
      (await actions.create(inventedAction({ reference: 'UA 852/30', embargoUntil: '2030-06-03T00:00:00Z' }))).id,
    );
    await update(embargoed.id, 'News under embargo');

    const list = context.get(ListActionUpdates);
    await expect(list.execute(embargoed.id, false)).rejects.toBeInstanceOf(NotFound);
    expect((await list.execute(embargoed.id, true)).map((found) => found.title)).toEqual(['News under embargo']);
    await expect(list.execute('00000000-0000-4000-8000-000000000000', true)).rejects.toBeInstanceOf(NotFound);
  });
});
