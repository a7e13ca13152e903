import { randomBytes } from 'node:crypto';
import { ActionUpdatesService } from '../../src/actions/action-updates.service';
import { ActionOutcome, ActionUpdateKind } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { CreateActionUpdateDto } from '../../src/actions/dto/create-action-update.dto';
import { ShowActionPage } from '../../src/actions/use-cases/show-action-page';
import { ShowIndexPage } from '../../src/actions/use-cases/show-index-page';
import type { RecordLetterDto } from '../../src/letters/dto/send-letter.dto';
import { LetterReports } from '../../src/letters/delivery/letter-reports.service';
import type { RecordOfficialReplyDto } from '../../src/replies/dto/record-official-reply.dto';
import { ReplyChannel } from '../../src/replies/reply-channel';
import { RecordOfficialReply } from '../../src/replies/use-cases/record-official-reply';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/** The public pages' use cases called as plain methods, with no HTTP server: what the index and an action's page are made of. */
describe('ShowActionPage and ShowIndexPage, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;

  const published = async (reference: string) => actions.publish((await actions.create(inventedAction({ reference }))).id);
  const reported = (actionId: string, targetId: string, email: string) =>
    context
      .get(LetterReports)
      .record(actionId, { targetId, channel: 'post', name: 'Ji-woo Park', email } as RecordLetterDto, { supporter: null, ip: null });
  const reply = (actionId: string, targetId: string, summary: string, isPublic: boolean) =>
    context
      .get(RecordOfficialReply)
      .execute(actionId, { targetId, receivedOn: '2030-05-30', channel: ReplyChannel.Email, summary, isPublic } as RecordOfficialReplyDto, {
        userId: null,
        sectionId: null,
      });

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('answers a published action with its updates, its appeals and only the replies staff made public', async () => {
    const action = await published('UA 801/30');
    const targetId = (await actions.get(action.id)).targets[0].target.id;
    await context.get(ActionUpdatesService).post(action.id, {
      kind: ActionUpdateKind.FurtherInformation,
      title: 'Moved to another prison',
      body: 'Test Person Alpha was moved on 28 May.',
    } as CreateActionUpdateDto);
    await reported(action.id, targetId, 'ana@example.org');
    await reported(action.id, targetId, 'ben@example.org');
    await reply(action.id, targetId, 'The ministry is looking into it.', true);
    await reply(action.id, targetId, 'A private note from the embassy.', false);

    const page = await context.get(ShowActionPage).execute(action.id);

    expect(page?.action).toMatchObject({ id: action.id, reference: 'UA 801/30', title: 'Invented case for tests' });
    expect(page?.action.targets.map((link) => link.target.id)).toEqual([targetId]);
    expect(page?.updates.map((update) => update.title)).toEqual(['Moved to another prison']);
    expect(page?.appeals).toBe(2);
    expect(page?.replies).toEqual([
      expect.objectContaining({ targetId, summary: 'The ministry is looking into it.', channel: ReplyChannel.Email, attachmentName: null }),
    ]);
    expect(page?.replies[0]).not.toHaveProperty('recordedById');
  });

  it('answers nothing for a draft, an embargoed action or an id that is not one', async () => {
    const draft = await actions.create(inventedAction({ reference: 'UA 802/30' }));
    const embargoed = await actions.publish(
      (await actions.create(inventedAction({ reference: 'UA 803/30', embargoUntil: '2030-06-02T00:00:00Z' }))).id,
    );

    const show = context.get(ShowActionPage);
    expect(await show.execute(draft.id)).toBeNull();
    expect(await show.execute(embargoed.id)).toBeNull();
    expect(await show.execute('not-an-id')).toBeNull();
  });

  it('answers the index: open actions with their appeal totals, and the cases closed most recently', async () => {
    const open = await published('UA 804/30');
    const openTarget = (await actions.get(open.id)).targets[0].target.id;
    await reported(open.id, openTarget, 'chae@example.org');
    const closed = await actions.close((await published('UA 805/30')).id, ActionOutcome.Released);
    const draft = await actions.create(inventedAction({ reference: 'UA 806/30' }));

    const index = await context.get(ShowIndexPage).execute();

    const openIds = index.open.actions.map((action) => action.id);
    expect(openIds).toContain(open.id);
    expect(openIds).not.toContain(closed.id);
    expect(openIds).not.toContain(draft.id);
    expect(index.open.appealTotals.get(open.id)).toBe(1);
    expect(index.recentOutcomes.actions.map((action) => action.id)).toEqual([closed.id]);
    expect(index.recentOutcomes.appealTotals.get(closed.id) ?? 0).toBe(0);
  });
});
