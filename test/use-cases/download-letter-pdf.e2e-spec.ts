import { randomBytes } from 'node:crypto';
import { ActionsService } from '../../src/actions/actions.service';
import type { LetterPdfQueryDto } from '../../src/letters/dto/letter-query.dto';
import { LetterReferences } from '../../src/letters/references/letter-references';
import { DownloadLetterPdf } from '../../src/letters/use-cases/download-letter-pdf';
import { Gone, NotFound } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { flushQueueKeys } from '../support/flush-queues';
import { inventedAction } from '../support/seed-fixtures';
import { createTestContext, TestContext } from '../support/test-app';

/** The letter PDF's use case behind GET /api/actions/:id/letters/:targetId.pdf, called as a plain method with no HTTP server. */
describe('DownloadLetterPdf, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  const queuePrefix = `uatest-usecase-${randomBytes(4).toString('hex')}`;
  let context: TestContext;
  let download: DownloadLetterPdf;

  const query = (fields: Partial<LetterPdfQueryDto>) => fields as LetterPdfQueryDto;

  beforeAll(async () => {
    context = await createTestContext({ clock, environment: { QUEUE_PREFIX: queuePrefix } });
    download = context.get(DownloadLetterPdf);
  });
  afterAll(async () => {
    await context.close();
    await flushQueueKeys(queuePrefix);
  });

  it('answers the letter as a PDF in the language its reference holds, unless the query names another', async () => {
    const actions = context.get(ActionsService);
    const action = await actions.publish((await actions.create(inventedAction({ reference: 'UA 861/30', languages: ['en', 'fr'] }))).id);
    const targetId = (await actions.get(action.id)).targets[0].target.id;
    const ref = await context.get(LetterReferences).create({ name: 'Ji-woo Park', lang: 'fr', notes: { [targetId]: 'Mon paragraphe.' } });

    const referenced = await download.execute(action.id, targetId, query({ ref }), null, false);
    const overridden = await download.execute(action.id, targetId, query({ ref, lang: 'en' }), null, false);
    const fromQuery = await download.execute(action.id, targetId, query({ name: 'Ji-woo Park' }), null, false);

    expect(referenced.pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(referenced.fileName).toBe('ua-861-30-invented-minister-fr.pdf');
    expect(overridden.fileName).toBe('ua-861-30-invented-minister-en.pdf');
    expect(fromQuery.fileName).toBe('ua-861-30-invented-minister-en.pdf');
  });

  it("refuses a reference that is not one, and a draft's letter to anyone outside the organisation", async () => {
    const actions = context.get(ActionsService);
    const draft = await actions.create(inventedAction({ reference: 'UA 862/30' }));
    const targetId = (await actions.get(draft.id)).targets[0].target.id;

    await expect(download.execute(draft.id, targetId, query({ ref: 'made.up' }), null, true)).rejects.toBeInstanceOf(Gone);
    await expect(download.execute(draft.id, targetId, query({ name: 'Ji-woo Park' }), null, false)).rejects.toBeInstanceOf(NotFound);
    expect((await download.execute(draft.id, targetId, query({ name: 'Ji-woo Park' }), null, true)).fileName).toBe(
      'ua-862-30-invented-minister-en.pdf',
    );
  });
});
