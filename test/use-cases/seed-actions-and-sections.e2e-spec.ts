import { randomBytes } from 'node:crypto';
import { ActionOutcome, ActionStatus } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import { FindAction } from '../../src/actions/use-cases/find-action';
import { SetSeededActionState } from '../../src/actions/use-cases/set-seeded-action-state';
import type { SectionFieldsDto } from '../../src/sections/dto/section-fields.dto';
import { AddSectionUnlessTaken } from '../../src/sections/use-cases/add-section-unless-taken';
import { FindSectionByCode } from '../../src/sections/use-cases/find-section-by-code';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * What the seed loader writes beside ActionsService.create, called as plain methods with no HTTP server: a section
 * unless its code is taken, and a seeded action's historical state, set past the lifecycle's rules.
 */
describe('AddSectionUnlessTaken and SetSeededActionState, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('adds a section once: the same code again is skipped and the first one kept', async () => {
    const fields = (name: string) =>
      ({
        code: 'SEED-UC',
        country: 'GB',
        name,
        languages: ['en'],
        timeZone: 'Europe/London',
        contactEmail: 'seed-uc@invented.example.org',
      }) as SectionFieldsDto;
    const add = context.get(AddSectionUnlessTaken);

    expect(await add.execute(fields('Seeded section'))).toBe(true);
    expect(await add.execute(fields('Seeded again'))).toBe(false);

    expect(await context.get(FindSectionByCode).execute('SEED-UC')).toMatchObject({ name: 'Seeded section', timeZone: 'Europe/London' });
  });

  it("sets a draft's historical state directly: closed with its outcome and dates", async () => {
    const draft = await context.get(ActionsService).create(inventedAction({ reference: 'UA 871/30' }));
    const publishedAt = new Date('2012-03-01T09:00:00Z');

    await context.get(SetSeededActionState).execute(draft.id, {
      status: ActionStatus.Closed,
      outcome: ActionOutcome.Released,
      publishedAt,
      closedAt: draft.appealDeadline,
    });

    expect(await context.get(FindAction).execute(draft.id)).toMatchObject({
      status: ActionStatus.Closed,
      outcome: ActionOutcome.Released,
      publishedAt,
      closedAt: draft.appealDeadline,
      isDemonstration: false,
    });
  });
});
