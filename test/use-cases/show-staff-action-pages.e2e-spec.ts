import { randomBytes } from 'node:crypto';
import { ActionUpdatesService } from '../../src/actions/action-updates.service';
import { ActionUpdateKind } from '../../src/actions/action-vocabulary';
import { ActionsService } from '../../src/actions/actions.service';
import type { CreateActionUpdateDto } from '../../src/actions/dto/create-action-update.dto';
import { ShowStaffActionPage } from '../../src/actions/use-cases/show-staff-action-page';
import type { UrgentAction } from '../../src/actions/urgent-action.entity';
import { LetterRequests } from '../../src/letters/consent/letter-requests.service';
import type { SendLetterDto } from '../../src/letters/dto/send-letter.dto';
import { LetterTemplatesService } from '../../src/letters/templates-api/letter-templates.service';
import { ShowLetterPreviews } from '../../src/letters/use-cases/show-letter-previews';
import { NotFound } from '../../src/platform/errors/domain-errors';
import type { RecordOfficialReplyDto } from '../../src/replies/dto/record-official-reply.dto';
import { ReplyChannel } from '../../src/replies/reply-channel';
import { RecordOfficialReply } from '../../src/replies/use-cases/record-official-reply';
import type { SectionFieldsDto } from '../../src/sections/dto/section-fields.dto';
import { SectionsService } from '../../src/sections/sections.service';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

const MISSING = '00000000-0000-4000-8000-000000000000';

/** The staff pages' use cases called as plain methods, with no HTTP server: one action as staff follow it, and its letters. */
describe('ShowStaffActionPage and ShowLetterPreviews, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let actions: ActionsService;

  const twoTargetAction = async (reference: string, languages = ['en']): Promise<UrgentAction> =>
    actions.publish(
      (
        await actions.create(
          inventedAction({
            reference,
            languages,
            targets: [
              {
                role: 'primary',
                target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
              },
              { role: 'copy', target: { name: 'Invented Prosecutor', kind: 'prosecutor', country: 'FR', fax: '+33 1 23 45 67 89' } },
            ],
          }),
        )
      ).id,
    );

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    actions = context.get(ActionsService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('answers one action with its figures, deliveries, forecast, a burst of letters from one IP, its updates and every reply', async () => {
    const action = await twoTargetAction('UA 811/30');
    const [minister, prosecutor] = (await actions.get(action.id)).targets.map((link) => link.target.id);
    await context.get(ActionUpdatesService).post(action.id, {
      kind: ActionUpdateKind.FurtherInformation,
      title: 'Trial date set',
      body: 'The trial opens on 20 June.',
    } as CreateActionUpdateDto);
    const record = context.get(RecordOfficialReply);
    const reply = (summary: string, isPublic: boolean) =>
      record.execute(
        action.id,
        { targetId: minister, receivedOn: '2030-05-31', channel: ReplyChannel.Post, summary, isPublic } as RecordOfficialReplyDto,
        { userId: null, sectionId: null },
      );
    await reply('Public answer from the ministry.', true);
    await reply('Private answer from the ministry.', false);
    for (const writer of ['a', 'b', 'c', 'd', 'e']) {
      await context
        .get(LetterRequests)
        .send(
          action.id,
          { targetId: minister, channel: 'email', language: 'en', name: 'Writer', email: `${writer}@example.org` } as SendLetterDto,
          { supporter: null, ip: '203.0.113.9' },
        );
    }

    const page = await context.get(ShowStaffActionPage).execute(action.id);

    expect(page.action).toMatchObject({ id: action.id, reference: 'UA 811/30' });
    expect(page.updates.map((update) => update.title)).toEqual(['Trial date set']);
    expect(page.replies.map((found) => [found.summary, found.isPublic]).sort()).toEqual([
      ['Private answer from the ministry.', false],
      ['Public answer from the ministry.', true],
    ]);
    expect(page.bursts).toEqual([
      expect.objectContaining({ by: 'ip', source: '203.0.113.9', letters: 5, awaitingConfirmation: 5, confirmed: 0 }),
    ]);
    // Letters wait for their writers' consent: none is counted or queued to an office yet.
    expect(page.figures).toMatchObject({ actionId: action.id, total: 0 });
    expect(page.deliveries).toMatchObject({ failed: 0, failures: [] });
    expect(page.forecast.actionId).toBe(action.id);
    expect(page.forecast.targets.map((target) => target.targetId).sort()).toEqual([minister, prosecutor].sort());
  });

  it('does not find an action that is not there', async () => {
    await expect(context.get(ShowStaffActionPage).execute(MISSING)).rejects.toBeInstanceOf(NotFound);
    await expect(context.get(ShowLetterPreviews).execute(MISSING, { name: 'A', city: 'B' })).rejects.toBeInstanceOf(NotFound);
  });

  it("answers the letters in each of the action's languages, signed by the sample writer, and sections' translations waiting", async () => {
    const action = await twoTargetAction('UA 812/30', ['en', 'fr']);
    const section = await context.get(SectionsService).create({
      code: 'FR',
      country: 'FR',
      name: 'Section française',
      languages: ['fr'],
      timeZone: 'Europe/Paris',
      contactEmail: 'section@invented.example.org',
    } as SectionFieldsDto);
    await context.get(LetterTemplatesService).save(action.id, section.id, 'fr', { paragraphs: [['Monsieur le Ministre, libérez-la.']] });

    const previews = await context.get(ShowLetterPreviews).execute(action.id, { name: 'Sample Writer', city: 'Sampleton' });

    expect(previews.action.id).toBe(action.id);
    expect(previews.languages.map((language) => language.tag)).toEqual(['en', 'fr']);
    for (const { tag, letters } of previews.languages) {
      expect(letters.map((letter) => letter.target.name)).toEqual(['Invented Minister', 'Invented Prosecutor']);
      expect(letters.every((letter) => letter.language === tag && letter.text.includes('Sample Writer'))).toBe(true);
    }
    expect(previews.waiting).toEqual([{ sectionId: section.id, sectionName: 'Section française', language: 'fr' }]);
  });
});
