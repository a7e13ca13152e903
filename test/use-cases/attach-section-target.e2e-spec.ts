import { randomBytes } from 'node:crypto';
import { TargetRole } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { ActionTargetInputDto } from '../../src/actions/dto/action-target-input.dto';
import { AttachSectionTarget } from '../../src/actions/use-cases/attach-section-target';
import { ListSectionTargets } from '../../src/actions/use-cases/list-section-targets';
import { Conflict, Refused } from '../../src/platform/errors/domain-errors';
import type { SectionFieldsDto } from '../../src/sections/dto/section-fields.dto';
import { SectionsService } from '../../src/sections/sections.service';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * A section's own targets on an action, attached and listed as plain methods with no HTTP server: a new embassy joins
 * the directory, a directory entry is attached by its id, each after the section's earlier ones, and one attached
 * twice is a conflict.
 */
describe('AttachSectionTarget and ListSectionTargets, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;

  const section = (code: string) =>
    context.get(SectionsService).create({
      code,
      country: 'KR',
      name: `Section ${code}`,
      languages: ['ko'],
      timeZone: 'Asia/Seoul',
      contactEmail: `${code.toLowerCase()}@invented.example.org`,
    } as SectionFieldsDto);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it("adds a new embassy to the directory, then attaches a directory entry after it, and lists the section's own in order", async () => {
    const action = await actions.create(inventedAction({ reference: 'UA 861/30' }));
    const [korea, other] = [await section('AST-KR'), await section('AST-XX')];
    const attach = context.get(AttachSectionTarget);

    const embassy = await attach.execute(korea, action.id, {
      role: TargetRole.Copy,
      target: { name: 'Invented Embassy in Seoul', kind: 'embassy', country: 'KR' },
    } as ActionTargetInputDto);
    const known = (await actions.get(action.id)).targets[0].target;
    const second = await attach.execute(korea, action.id, { role: TargetRole.Copy, targetId: known.id } as ActionTargetInputDto);
    await attach.execute(other, action.id, { role: TargetRole.Copy, targetId: known.id } as ActionTargetInputDto);

    expect(embassy).toMatchObject({ position: 0, role: TargetRole.Copy, section: { id: korea.id, code: 'AST-KR' } });
    expect(embassy.target).toMatchObject({ name: 'Invented Embassy in Seoul', country: 'KR' });
    expect(second).toMatchObject({ position: 1, target: { id: known.id }, section: { id: korea.id } });
    const listed = await context.get(ListSectionTargets).execute(korea.id, action.id);
    expect(listed.map((link) => [link.position, link.target.name, link.section?.code])).toEqual([
      [0, 'Invented Embassy in Seoul', 'AST-KR'],
      [1, known.name, 'AST-KR'],
    ]);
  });

  it('refuses a target the section attached already, naming targetId, and a target not in the directory', async () => {
    const action = await actions.create(inventedAction({ reference: 'UA 862/30' }));
    const korea = await section('AST-KS');
    const known = (await actions.get(action.id)).targets[0].target;
    const attach = context.get(AttachSectionTarget);
    await attach.execute(korea, action.id, { role: TargetRole.Copy, targetId: known.id } as ActionTargetInputDto);

    const twice = attach.execute(korea, action.id, { role: TargetRole.Copy, targetId: known.id } as ActionTargetInputDto);
    await expect(twice).rejects.toBeInstanceOf(Conflict);
    await expect(twice).rejects.toMatchObject({ fieldErrors: [expect.objectContaining({ field: 'targetId' })] });
    const missing = { role: TargetRole.Copy, targetId: '00000000-0000-4000-8000-000000000000' } as ActionTargetInputDto;
    await expect(attach.execute(korea, action.id, missing)).rejects.toBeInstanceOf(Refused);
    expect(await context.get(ListSectionTargets).execute(korea.id, action.id)).toHaveLength(1);
  });
});
