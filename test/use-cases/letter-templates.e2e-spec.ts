import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ActionsService } from '../../src/actions/actions.service';
import { ActionOutcome } from '../../src/actions/action-vocabulary';
import type { LetterTemplateDto } from '../../src/letters/dto/letter-template.dto';
import { LetterTemplatesService } from '../../src/letters/templates-api/letter-templates.service';
import { NotFound, Refused } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * Saving a letter template, called as a plain method with no HTTP server: what is stored for an action's own letter
 * and a section's translation (which waits for approval again each time it changes), and what is refused.
 */
describe('LetterTemplatesService.save, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let templates: LetterTemplatesService;
  let actions: ActionsService;
  let actionId: string;
  let sectionId: string;

  const template = (overrides: Partial<LetterTemplateDto> = {}) =>
    ({ paragraphs: [['I write about {{list subjectNames}}.']], ...overrides }) as LetterTemplateDto;
  const rows = (sql: string, parameters: unknown[]) => context.get(DataSource).query(sql, parameters);

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    templates = context.get(LetterTemplatesService);
    actions = context.get(ActionsService);
    actionId = (await actions.create(inventedAction({ reference: 'UA 702/30' }))).id;
    [{ id: sectionId }] = await rows(
      `INSERT INTO section (code, country, name, "timeZone", "contactEmail") VALUES ('TPLS', 'KR', 'Invented section', 'Asia/Seoul', 'ks@example.org') RETURNING "id"`,
      [],
    );
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it("stores the action's own letter under its base language, and saving it again changes the same row", async () => {
    const first = await templates.save(actionId, null, 'ko-KR', template({ salutation: '장관님께' }));
    expect(first).toMatchObject({ language: 'ko', section: null, salutation: '장관님께', closing: null, approvedAt: null });
    const again = await templates.save(actionId, null, 'ko', template({ salutation: '존경하는 장관님께' }));
    expect(again.id).toBe(first.id);
    const stored = await rows(`SELECT "salutation" FROM letter_template WHERE "actionId" = $1 AND "sectionId" IS NULL`, [actionId]);
    expect(stored).toEqual([{ salutation: '존경하는 장관님께' }]);
  });

  it("stores a section's translation apart from the action's letter, and withdraws its approval when it changes", async () => {
    const saved = await templates.save(actionId, sectionId, 'ko', template({ closing: '감사합니다.' }));
    expect(saved.section?.id).toBe(sectionId);
    expect(saved.approvedAt).toBeNull();
    const approved = await templates.approve(actionId, sectionId, 'ko', null);
    expect(approved.approvedAt).toEqual(clock.now());
    const changed = await templates.save(actionId, sectionId, 'ko', template({ closing: '고맙습니다.' }));
    expect(changed).toMatchObject({ id: saved.id, closing: '고맙습니다.', approvedAt: null, approvedById: null });
    expect(await rows('SELECT count(*)::int AS "count" FROM letter_template WHERE "actionId" = $1', [actionId])).toEqual([{ count: 2 }]);
  });

  it('refuses a template that does not compile, naming the field, line and column, and stores nothing', async () => {
    const refusal = await templates.save(actionId, null, 'fr', template({ closing: 'Merci,\n{{#if}}' })).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(Refused);
    expect((refusal as Refused).fieldErrors).toEqual([expect.objectContaining({ field: 'closing', line: 2 })]);
    expect(await rows(`SELECT "id" FROM letter_template WHERE "actionId" = $1 AND "language" = 'fr'`, [actionId])).toEqual([]);
  });

  it('refuses an unknown section or action, and a closed action', async () => {
    await expect(templates.save(actionId, '00000000-0000-4000-8000-000000000000', 'en', template())).rejects.toBeInstanceOf(NotFound);
    await expect(templates.save('00000000-0000-4000-8000-000000000000', null, 'en', template())).rejects.toBeInstanceOf(NotFound);
    const closed = (await actions.create(inventedAction({ reference: 'UA 703/30' }))).id;
    await actions.publish(closed);
    await actions.close(closed, ActionOutcome.Released);
    await expect(templates.save(closed, null, 'en', template())).rejects.toBeInstanceOf(Refused);
    expect(await rows('SELECT "id" FROM letter_template WHERE "actionId" = $1', [closed])).toEqual([]);
  });
});
