import { randomBytes } from 'node:crypto';
import { TargetRole } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { ActionTargetInputDto } from '../../src/actions/dto/action-target-input.dto';
import { LetterTemplatesService } from '../../src/letters/templates-api/letter-templates.service';
import { ShowSectionTranslation } from '../../src/letters/use-cases/show-section-translation';
import { NotFound } from '../../src/platform/errors/domain-errors';
import type { SectionFieldsDto } from '../../src/sections/dto/section-fields.dto';
import type { Section } from '../../src/sections/section.entity';
import { SectionsService } from '../../src/sections/sections.service';
import { ShowOfficeActionPage } from '../../src/sections/use-cases/show-office-action-page';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** The section office pages' use cases called as plain methods, with no HTTP server: one action as an office works on it. */
describe('ShowOfficeActionPage and ShowSectionTranslation, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;
  let sections: SectionsService;
  let templates: LetterTemplatesService;

  const section = (code: string, name: string): Promise<Section> =>
    sections.create({
      code,
      country: code,
      name,
      languages: ['ko'],
      timeZone: 'Asia/Seoul',
      contactEmail: `${code.toLowerCase()}@invented.example.org`,
    } as SectionFieldsDto);
  const embassy = (name: string) =>
    ({
      role: TargetRole.Copy,
      target: { name, kind: 'embassy', country: 'FR', email: 'embassy@invented.example.org' },
    }) as ActionTargetInputDto;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
    sections = context.get(SectionsService);
    templates = context.get(LetterTemplatesService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it("answers the action with this section's local targets and the languages it translated, not another section's", async () => {
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 821/30', languages: ['en'] }))).id);
    const [korea, japan] = [await section('KR', 'Korea'), await section('JP', 'Japan')];
    await sections.attachLocalTarget(korea.id, action.id, embassy('French Embassy in Seoul'));
    await sections.attachLocalTarget(japan.id, action.id, embassy('French Embassy in Tokyo'));
    await templates.save(action.id, korea.id, 'ko', { paragraphs: [['장관님께']] });
    await templates.save(action.id, japan.id, 'ja', { paragraphs: [['大臣殿']] });

    const page = await context.get(ShowOfficeActionPage).execute(korea.id, action.id);

    expect(page.section).toMatchObject({ id: korea.id, name: 'Korea', timeZone: 'Asia/Seoul' });
    expect(page.action).toMatchObject({ id: action.id, reference: 'UA 821/30' });
    expect(page.letters).toEqual({ total: 0, fromSection: 0 });
    expect(page.localTargets.map((link) => [link.target.name, link.role])).toEqual([['French Embassy in Seoul', TargetRole.Copy]]);
    expect(page.translatedLanguages).toEqual(['ko']);
  });

  it("answers a section's translation in one language, with its approval, or none when the section wrote none", async () => {
    const action = await actions.create(inventedAction({ reference: 'UA 822/30' }));
    const korea = await section('KS', 'Korea South');
    await templates.save(action.id, korea.id, 'ko', { subjectLine: '긴급 행동', paragraphs: [['장관님께'], ['석방하십시오']] });

    const show = context.get(ShowSectionTranslation);
    const written = await show.execute(korea.id, action.id, 'ko-KR');
    const none = await show.execute(korea.id, action.id, 'fr');

    expect(written.section.id).toBe(korea.id);
    expect(written.action.id).toBe(action.id);
    expect(written.translation).toMatchObject({
      language: 'ko',
      subjectLine: '긴급 행동',
      paragraphs: [['장관님께'], ['석방하십시오']],
      approvedAt: null,
    });
    expect(none.translation).toBeNull();
  });

  it('does not find an unknown section or action', async () => {
    const action = await actions.create(inventedAction({ reference: 'UA 823/30' }));
    const korea = await section('KN', 'Korea North office');
    await expect(context.get(ShowOfficeActionPage).execute(MISSING, action.id)).rejects.toBeInstanceOf(NotFound);
    await expect(context.get(ShowOfficeActionPage).execute(korea.id, MISSING)).rejects.toBeInstanceOf(NotFound);
    await expect(context.get(ShowSectionTranslation).execute(korea.id, MISSING, 'ko')).rejects.toBeInstanceOf(NotFound);
  });
});
