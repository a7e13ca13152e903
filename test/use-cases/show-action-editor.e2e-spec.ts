import { randomBytes } from 'node:crypto';
import { ActionsService } from '../../src/actions/actions.service';
import { ShowActionEditor } from '../../src/actions/use-cases/show-action-editor';
import { NotFound } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/** The action editor's use case called as a plain method, with no HTTP server: the action as saved and the directory to pick from. */
describe('ShowActionEditor, without HTTP', () => {
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

  it('answers a draft with its subjects and targets, and the directory by name, targets of other actions included', async () => {
    const actions = context.get(ActionsService);
    await actions.create(
      inventedAction({
        reference: 'UA 841/30',
        targets: [{ role: 'primary', target: { name: 'Another Minister', kind: 'minister', country: 'FR' } }],
      }),
    );
    const draft = await actions.create(
      inventedAction({
        reference: 'UA 842/30',
        targets: [{ role: 'primary', target: { name: 'Zealous Prosecutor', kind: 'prosecutor', country: 'FR' } }],
      }),
    );

    const editor = await context.get(ShowActionEditor).execute(draft.id);

    expect(editor.action).toMatchObject({ id: draft.id, reference: 'UA 842/30', status: 'draft' });
    expect(editor.action.subjects.map((subject) => subject.name)).toEqual(['Test Person Alpha']);
    expect(editor.action.targets.map((link) => [link.role, link.target.name])).toEqual([['primary', 'Zealous Prosecutor']]);
    const names = editor.directory.map((target) => target.name);
    expect(names).toEqual(expect.arrayContaining(['Another Minister', 'Zealous Prosecutor']));
    expect(names.indexOf('Another Minister')).toBeLessThan(names.indexOf('Zealous Prosecutor'));
  });

  it('does not find an action that is not there', async () => {
    await expect(context.get(ShowActionEditor).execute('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFound);
  });
});
