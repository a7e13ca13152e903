import { randomBytes } from 'node:crypto';
import { TargetRole } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { ActionTargetInputDto } from '../../src/actions/dto/action-target-input.dto';
import type { UrgentAction } from '../../src/actions/urgent-action.entity';
import { LetterReferences } from '../../src/letters/references/letter-references';
import { OpenLetterMailto } from '../../src/letters/use-cases/open-letter-mailto';
import { ShowTakeActionPage, type TakeActionWriter } from '../../src/letters/use-cases/show-take-action-page';
import type { SectionFieldsDto } from '../../src/sections/dto/section-fields.dto';
import type { Section } from '../../src/sections/section.entity';
import { SectionsService } from '../../src/sections/sections.service';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

const ELSEWHERE = '00000000-0000-4000-8000-000000000000';

/** The take-action page's use cases called as plain methods, with no HTTP server: a writer's letters, and one letter's mailto link. */
describe('ShowTakeActionPage and OpenLetterMailto, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let action: UrgentAction;
  let section: Section;
  let minister: string;
  let prosecutor: string;

  const writer = (fields: Partial<TakeActionWriter> = {}): TakeActionWriter => ({
    name: '',
    city: '',
    country: '',
    letterLanguage: '',
    section: '',
    ...fields,
  });

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    const actions = context.get(ActionsService);
    action = await actions.create(
      inventedAction({
        reference: 'UA 831/30',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
          },
          { role: 'copy', target: { name: 'Invented Prosecutor', kind: 'prosecutor', country: 'FR', fax: '+33 1 23 45 67 89' } },
        ],
      }),
    );
    section = await context.get(SectionsService).create({
      code: 'DE',
      country: 'DE',
      name: 'Invented German section',
      languages: ['de'],
      timeZone: 'Europe/Berlin',
      contactEmail: 'section@invented.example.org',
    } as SectionFieldsDto);
    await context.get(SectionsService).attachLocalTarget(section.id, action.id, {
      role: TargetRole.Copy,
      target: { name: 'French Embassy in Berlin', kind: 'embassy', country: 'FR', email: 'embassy@invented.example.org' },
    } as ActionTargetInputDto);
    action = await actions.publish(action.id);
    [minister, prosecutor] = (await actions.get(action.id)).targets.filter((link) => !link.section).map((link) => link.target.id);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('answers the action and the sections offered, and no letters until the writer gives a name', async () => {
    const page = await context.get(ShowTakeActionPage).execute(action.id, writer({ country: 'FR' }), new Map(), 'en');

    expect(page?.found.action.id).toBe(action.id);
    expect(page?.sections).toEqual([{ id: section.id, name: 'Invented German section', country: 'DE' }]);
    expect(page?.section).toBeNull();
    expect(page?.letters).toBeNull();
  });

  it("signs the letters with the writer's name, adds the local targets of the section of the country typed, and keeps only the action's own paragraphs in the reference", async () => {
    const notes = new Map([
      [minister, 'I was a student in Paris.'],
      [ELSEWHERE, 'A paragraph for no target of this action.'],
    ]);
    const page = await context
      .get(ShowTakeActionPage)
      .execute(action.id, writer({ name: 'Ji-woo Park', city: 'Seoul', country: 'Germany' }), notes, 'en');

    expect(page?.section?.id).toBe(section.id);
    const previews = page?.letters?.previews ?? [];
    expect(previews.map((letter) => letter.target.name)).toEqual(['Invented Minister', 'Invented Prosecutor', 'French Embassy in Berlin']);
    expect(previews.every((letter) => letter.text.includes('Ji-woo Park'))).toBe(true);
    expect(previews.find((letter) => letter.targetId === minister)?.text).toContain('I was a student in Paris.');
    expect(previews.find((letter) => letter.targetId === prosecutor)?.text).not.toContain('I was a student in Paris.');
    expect(await context.get(LetterReferences).read(page?.letters?.reference ?? '')).toEqual({
      name: 'Ji-woo Park',
      city: 'Seoul',
      country: 'Germany',
      section: section.id,
      notes: { [minister]: 'I was a student in Paris.' },
    });
  });

  it('answers nothing for an action that takes no letters', async () => {
    const draft = await context.get(ActionsService).create(inventedAction({ reference: 'UA 832/30' }));
    expect(await context.get(ShowTakeActionPage).execute(draft.id, writer({ name: 'Ji-woo Park' }), new Map(), 'en')).toBeNull();
  });

  it("opens one letter's mailto link from the page's reference, and says why there is none", async () => {
    const page = await context.get(ShowTakeActionPage).execute(action.id, writer({ name: 'Ji-woo Park' }), new Map(), 'en');
    const reference = page?.letters?.reference ?? '';
    const mailtos = context.get(OpenLetterMailto);

    const opened = await mailtos.execute(action.id, minister, reference);
    expect(opened).toEqual({ url: expect.stringMatching(/^mailto:minister@invented\.example\.org\?/) });
    expect(await mailtos.execute(action.id, prosecutor, reference)).toEqual({ missing: 'address' });
    expect(await mailtos.execute(action.id, minister, null)).toEqual({ missing: 'letter' });
  });
});
