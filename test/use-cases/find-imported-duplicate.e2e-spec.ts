import { randomBytes } from 'node:crypto';
import { ActionsService } from '../../src/actions/actions.service';
import { ImportsService } from '../../src/importer/imports.service';
import { Conflict } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedDocument } from '../support/seed-documents';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/**
 * Importing a document, called as a plain method with no HTTP server: the action it belongs to already is found by
 * its UA number in whatever form it was printed and stored, or by its title and deadline date, and a second copy is
 * not saved.
 */
describe("finding an imported document's duplicate, without HTTP", () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let imports: ImportsService;
  let actions: ActionsService;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    imports = context.get(ImportsService);
    actions = context.get(ActionsService);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('finds the action a stop action follows by its UA number, "UA 03/96" printed and "UA 3/96" stored', async () => {
    const { text } = inventedDocument('telex-stop-action');
    expect((await imports.importDocument(text, { timeZone: 'Europe/Moscow' })).duplicateOf).toBeNull();
    const original = await actions.create(inventedAction({ reference: 'UA 3/96', title: 'Two men at risk of return', country: 'RU' }));

    const { duplicateOf, updateKind } = await imports.importDocument(text, { timeZone: 'Europe/Moscow' });

    expect(updateKind).toBe('stop action');
    expect(duplicateOf).toMatchObject({
      id: original.id,
      reference: 'UA 3/96',
      field: 'reference',
      updatePath: `/api/actions/${original.id}/updates`,
      update: { kind: 'stop action', title: 'Fear of refoulement', documentIndex: 'EUR 46/008/1996' },
    });
  });

  it('finds an action with the same title, in any case, whose deadline falls on the same date in its own zone', async () => {
    const { text, expected } = inventedDocument('further-information');
    const sameDay = await actions.create(
      inventedAction({
        reference: 'UA 901/09',
        title: expected.title.toUpperCase(),
        appealDeadline: '2009-12-17T00:30',
        appealDeadlineTimeZone: 'Africa/Nairobi',
      }),
    );

    const { duplicateOf } = await imports.importDocument(text, { timeZone: 'Africa/Nairobi' });

    // Half past midnight in Nairobi is still the day before in UTC: the date is read in the action's zone.
    expect(sameDay.appealDeadline.toISOString()).toBe('2009-12-16T21:30:00.000Z');
    expect(duplicateOf).toMatchObject({ id: sameDay.id, reference: 'UA 901/09', field: 'title' });
    expect(duplicateOf?.reason).toContain('2009-12-17');
  });

  it('saves a new document as a draft once, and refuses the second copy with a conflict naming the update path', async () => {
    const { text } = inventedDocument('single-named-individual');
    const first = await imports.importDocument(text, { timeZone: 'America/Santiago', create: true });
    expect(first).toMatchObject({ duplicateOf: null, invalid: [], created: { id: expect.any(String), status: 'draft' } });

    const second = imports.importDocument(text, { timeZone: 'America/Santiago', create: true });

    await expect(second).rejects.toBeInstanceOf(Conflict);
    await expect(second).rejects.toMatchObject({
      fieldErrors: [{ field: 'reference', message: expect.stringContaining(`/api/actions/${first.created?.id}/updates`) }],
    });
    expect((await actions.list({ q: 'UA 41/12', page: 1, pageSize: 10 })).total).toBe(1);
  });
});
