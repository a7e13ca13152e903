import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { inventedDocument, NOT_IN_SEED_003_TEXT, seed003ActionAsPrinted, seed003Text } from './documents';
import { pdfOf } from './pdf-document';

const upload = (name: string, content: Buffer | string, type: string, fields: Record<string, string> = {}, field = 'file') => {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  form.append(field, new Blob([content], { type }), name);
  return form;
};

describe('POST /api/imports', () => {
  let testApp: TestApp;
  let http: Awaited<ReturnType<typeof staffClient>>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
    const section = await (await staffClient(testApp, 'admin')).post('/api/sections', {
      code: 'GB', country: 'GB', name: 'United Kingdom section', languages: ['en'], timeZone: 'Europe/London', contactEmail: 'ua@gb.section.example.org',
    });
    expect(section.status).toBe(201);
  });
  afterAll(() => testApp.close());

  it('answers the seed-003 text with the seed action as a valid create-action body, deadline in the section zone', async () => {
    const { status, body } = await http.post('/api/imports', { text: seed003Text(), section: 'GB' });
    expect(status).toBe(200);
    expect(body.action).toEqual(seed003ActionAsPrinted());
    expect(body.unread.map((entry: any) => entry.field)).toEqual(NOT_IN_SEED_003_TEXT);
    expect(body.deadline).toMatchObject({
      printed: '10 APRIL 2012', timeZone: 'Europe/London', timeZoneSource: 'the time zone of section GB', instant: '2012-04-09T23:00:00.000Z',
    });
    expect(body.fields).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'targets[1].target.fax', line: 89, confidence: expect.any(Number), normalised: '+41227860662' }),
    ]));
    expect(body).toMatchObject({ invalid: [], duplicateOf: null, created: null, furtherInformationOf: null });

    const created = await http.post('/api/actions', body.action);
    expect(created.status).toBe(201);
    const again = await http.post('/api/imports', { text: seed003Text(), section: 'GB' });
    expect(again.body.duplicateOf).toMatchObject({ id: created.body.id, field: 'title', updatePath: `/api/actions/${created.body.id}/updates` });
  });

  it('saves the draft as a draft action with ?create=true, then answers a second copy with 409 naming the reference', async () => {
    const { text, expected } = inventedDocument('single-named-individual');
    const first = await http.post('/api/imports?create=true', { text, timeZone: 'America/Santiago' });
    expect(first.status).toBe(201);
    expect(first.body.created).toEqual({ id: expect.any(String), status: 'draft' });
    const saved = await http.get(`/api/actions/${first.body.created.id}`);
    expect(saved.body).toMatchObject({
      status: 'draft', reference: 'UA 41/12', documentIndex: 'AMR 22/003/2012', issuedOn: '2012-02-28', title: expected.title,
      appealDeadline: '2012-04-10T03:00:00.000Z', appealDeadlineTimeZone: 'America/Santiago', asks: expected.asks,
    });
    expect(saved.body.targets.map((link: any) => [link.role, link.target.name, link.target.fax, link.target.email])).toEqual([
      ['primary', 'Ilvana Corbetti', '+56226904000', 'Ministro@interior.example.cl'],
    ]);

    const second = await http.post('/api/imports?create=true', { text, timeZone: 'America/Santiago' });
    expect(second.status).toBe(409);
    expect(second.body.errors).toEqual([{ field: 'reference', message: expect.stringContaining(`/api/actions/${first.body.created.id}/updates`) }]);
    const count = await http.get('/api/actions?q=UA%2041%2F12');
    expect(count.body.total).toBe(1);
  });

  it('points a "further information" document at the update path of the action it follows', async () => {
    const original = await http.post('/api/actions', inventedAction({ reference: 'UA 214/09', title: 'Activist detained', country: 'KE' }));
    expect(original.status).toBe(201);
    expect((await http.post(`/api/actions/${original.body.id}/publish`)).status).toBe(200);
    const { text, expected } = inventedDocument('further-information');
    const { status, body } = await http.post('/api/imports', { text, timeZone: 'Africa/Nairobi' });
    expect(status).toBe(200);
    expect(body.action).toEqual(expected);
    expect(body.furtherInformationOf).toBe('UA 214/09');
    expect(body.duplicateOf).toMatchObject({ id: original.body.id, reference: 'UA 214/09', field: 'reference', updatePath: `/api/actions/${original.body.id}/updates` });

    const update = await http.post(body.duplicateOf.updatePath, {
      kind: 'further information', title: body.action.title, body: body.action.summary, documentIndex: body.action.documentIndex, asks: body.action.asks,
    });
    expect(update.status).toBe(201);
  });

  it('reads an uploaded .txt file, with the zone given beside it', async () => {
    const { text, expected } = inventedDocument('single-named-individual');
    const { status, body } = await http.postForm('/api/imports', upload('student.txt', text, 'text/plain', { timeZone: 'America/Santiago' }));
    expect(status).toBe(200);
    expect(body.action).toEqual(expected);
    expect(body.invalid).toEqual([]);
  });

  it('reads the text of an uploaded PDF', async () => {
    const { text, expected } = inventedDocument('several-targets');
    const pdf = await pdfOf(text);
    const { status, body } = await http.postForm('/api/imports', upload('journalists.pdf', pdf, 'application/pdf', { section: 'GB' }));
    expect(status).toBe(200);
    expect(body.action).toEqual({ ...expected, appealDeadlineTimeZone: 'Europe/London' });
    expect(body.deadline).toMatchObject({ printed: '12 JULY 2013', instant: '2013-07-11T23:00:00.000Z' });
  });

  it('refuses bad input with the field named', async () => {
    const refusals = [
      [await http.post('/api/imports', { text: '   \n ' }), 400, 'text'],
      [await http.post('/api/imports', {}), 400, 'text'],
      [await http.post('/api/imports', { text: seed003Text(), timeZone: 'Mars/Olympus' }), 400, 'timeZone'],
      [await http.post('/api/imports', { text: seed003Text(), section: 'ZZ' }), 422, 'section'],
      [await http.post('/api/imports?create=maybe', { text: seed003Text() }), 400, 'create'],
      [await http.postForm('/api/imports', upload('case.docx', 'PK\u0003\u0004', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')), 422, 'file'],
      [await http.postForm('/api/imports', upload('case.pdf', '%PDF-1.4\nthis is no PDF at all', 'application/pdf')), 422, 'file'],
      [await http.postForm('/api/imports', upload('case.pdf', 'plain words', 'application/pdf')), 422, 'file'],
      [await http.postForm('/api/imports', upload('case.txt', Buffer.from([0xff, 0xfe, 0x41]), 'text/plain')), 422, 'file'],
      [await http.postForm('/api/imports', upload('a.txt', 'x', 'text/plain', {}, 'document')), 400, 'file'],
      [await http.postForm('/api/imports', upload('huge.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 'a'), 'text/plain')), 413, 'file'],
    ] as const;
    for (const [answer, status, field] of refusals) {
      expect({ status: answer.status, fields: answer.body.errors?.map((error: any) => error.field) }).toEqual({ status, fields: [field] });
    }
  });

  it('refuses to save a draft that lacks what an action needs, naming the field', async () => {
    const text = inventedDocument('no-email').text.replace('PLEASE SEND APPEALS BEFORE 10/04/2012 TO:', 'PLEASE SEND APPEALS SOON TO:');
    const preview = await http.post('/api/imports', { text, timeZone: 'Asia/Baku' });
    expect(preview.body.invalid.map((error: any) => error.field)).toEqual(['appealDeadline']);
    const { status, body } = await http.post('/api/imports?create=true', { text, timeZone: 'Asia/Baku' });
    expect(status).toBe(422);
    expect(body.errors[0].field).toBe('appealDeadline');
  });
});
