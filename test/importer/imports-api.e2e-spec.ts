import { staffClient } from '../support/auth';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { inventedDocument, NOT_IN_SEED_003_TEXT, seed003ActionAsPrinted, seed003Text } from '../support/seed-documents';
import { laidOutPdf } from './laid-out-pdf';
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
    const section = await (
      await staffClient(testApp, 'admin')
    ).post('/api/sections', {
      code: 'GB',
      country: 'GB',
      name: 'United Kingdom section',
      languages: ['en'],
      timeZone: 'Europe/London',
      contactEmail: 'ua@gb.section.example.org',
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
      printed: '10 APRIL 2012',
      timeZone: 'Europe/London',
      timeZoneSource: 'the time zone of section GB',
      instant: '2012-04-09T23:00:00.000Z',
    });
    expect(body.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'targets[1].target.fax', line: 89, confidence: expect.any(Number), normalised: '+41227860662' }),
      ]),
    );
    expect(body).toMatchObject({ invalid: [], duplicateOf: null, created: null, furtherInformationOf: null });

    const created = await http.post('/api/actions', body.action);
    expect(created.status).toBe(201);
    const again = await http.post('/api/imports', { text: seed003Text(), section: 'GB' });
    expect(again.body.duplicateOf).toMatchObject({
      id: created.body.id,
      field: 'title',
      updatePath: `/api/actions/${created.body.id}/updates`,
    });
  });

  it('saves the draft as a draft action with ?create=true, then answers a second copy with 409 naming the reference', async () => {
    const { text, expected } = inventedDocument('single-named-individual');
    const first = await http.post('/api/imports?create=true', { text, timeZone: 'America/Santiago' });
    expect(first.status).toBe(201);
    expect(first.body.created).toEqual({ id: expect.any(String), status: 'draft' });
    const saved = await http.get(`/api/actions/${first.body.created.id}`);
    expect(saved.body).toMatchObject({
      status: 'draft',
      reference: 'UA 41/12',
      documentIndex: 'AMR 22/003/2012',
      issuedOn: '2012-02-28',
      title: expected.title,
      appealDeadline: '2012-04-10T03:00:00.000Z',
      appealDeadlineTimeZone: 'America/Santiago',
      asks: expected.asks,
    });
    expect(saved.body.targets.map((link: any) => [link.role, link.target.name, link.target.fax, link.target.email])).toEqual([
      ['primary', 'Ilvana Corbetti', '+56226904000', 'Ministro@interior.example.cl'],
    ]);

    const second = await http.post('/api/imports?create=true', { text, timeZone: 'America/Santiago' });
    expect(second.status).toBe(409);
    expect(second.body.errors).toEqual([
      { field: 'reference', message: expect.stringContaining(`/api/actions/${first.body.created.id}/updates`) },
    ]);
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
    expect(body.duplicateOf).toMatchObject({
      id: original.body.id,
      reference: 'UA 214/09',
      field: 'reference',
      updatePath: `/api/actions/${original.body.id}/updates`,
    });

    const update = await http.post(body.duplicateOf.updatePath, {
      kind: 'further information',
      title: body.action.title,
      body: body.action.summary,
      documentIndex: body.action.documentIndex,
      asks: body.action.asks,
    });
    expect(update.status).toBe(201);
  });

  it('offers a 1990s stop action as the stop of the action it follows, whatever form its UA number takes', async () => {
    const original = await http.post(
      '/api/actions',
      inventedAction({ reference: 'UA 3/96', title: 'Two men at risk of return', country: 'RU' }),
    );
    expect((await http.post(`/api/actions/${original.body.id}/publish`)).status).toBe(200);
    const { text } = inventedDocument('telex-stop-action');
    const { status, body } = await http.post('/api/imports', { text, timeZone: 'Europe/Moscow' });
    expect(status).toBe(200);
    expect(body).toMatchObject({ layout: 'telex', furtherInformationOf: 'UA 03/96', updateKind: 'stop action' });
    expect(body.duplicateOf).toMatchObject({
      id: original.body.id,
      reference: 'UA 3/96',
      field: 'reference',
      updatePath: `/api/actions/${original.body.id}/updates`,
    });
    expect(body.duplicateOf.update).toEqual({
      kind: 'stop action',
      title: 'Fear of refoulement',
      documentIndex: 'EUR 46/008/1996',
      body: `${body.action.summary}\n\n${body.action.body}`,
    });
    expect(body.unread).toContainEqual({
      field: 'asks',
      reason: 'a stop action: no more appeals are wanted, so the document prints no asks',
    });

    const stopped = await http.post(body.duplicateOf.updatePath, body.duplicateOf.update);
    expect(stopped.status).toBe(201);
    expect((await http.get(`/api/actions/${original.body.id}`)).body).toMatchObject({ status: 'closed', outcome: 'stop action' });
  });

  it('offers a labelled "THIRD UA 60/16" as further information on UA 60/16, with its new asks', async () => {
    const original = await http.post('/api/actions', inventedAction({ reference: 'UA 60/16', title: 'Blogger detained', country: 'UZ' }));
    expect((await http.post(`/api/actions/${original.body.id}/publish`)).status).toBe(200);
    const { text, expected } = inventedDocument('labelled-third-ua');
    const pdf = await laidOutPdf(text);
    const { status, body } = await http.postForm(
      '/api/imports',
      upload('third.pdf', pdf, 'application/pdf', { timeZone: 'Asia/Tashkent' }),
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ layout: 'labelled', furtherInformationOf: 'UA 60/16', updateKind: 'further information' });
    expect(body.duplicateOf).toMatchObject({
      id: original.body.id,
      update: { kind: 'further information', asks: expected.asks, documentIndex: 'EUR 62/5012/2016' },
    });
    expect((await http.post(body.duplicateOf.updatePath, body.duplicateOf.update)).status).toBe(201);
  });

  it('marks a document asking for appeals "immediately" as soon as possible, and refuses to publish it until staff confirm the working deadline', async () => {
    // Issued today, so that the working deadline six weeks on is still to come.
    const today = new Date();
    const printedToday = today.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    const text = inventedDocument('telex-asap').text.replace('3 April 1995', printedToday).replace('UA 52/95', 'UA 52/26');
    const { status, body } = await http.post('/api/imports?create=true', { text, timeZone: 'Europe/Moscow' });
    expect(status).toBe(201);
    const sixWeeksOn = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + 42)).toISOString().slice(0, 10);
    expect(body.deadline).toMatchObject({ printed: 'IMMEDIATELY', date: sixWeeksOn, asSoonAsPossible: true, confirmed: false });
    expect(body.action).toMatchObject({ appealDeadline: sixWeeksOn, appealDeadlineConfirmed: false });
    expect(body.unread).toContainEqual({
      field: 'appealDeadline',
      reason: `not confirmed: appeals are wanted "IMMEDIATELY"; ${sixWeeksOn} is a working deadline (issue date + 6 weeks) that staff must confirm before publishing`,
    });
    const id = body.created.id;
    expect((await http.get(`/api/actions/${id}`)).body).toMatchObject({ status: 'draft', appealDeadlineConfirmed: false });

    const refused = await http.post(`/api/actions/${id}/publish`);
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'appealDeadline', message: expect.stringContaining('working deadline') }]);
    expect((await http.get(`/api/actions/${id}`)).body.status).toBe('draft');

    expect((await http.patch(`/api/actions/${id}`, { appealDeadlineConfirmed: true })).status).toBe(200);
    expect((await http.post(`/api/actions/${id}/publish`)).status).toBe(200);
  });

  it('takes a working deadline as confirmed once staff set the date themselves', async () => {
    const draft = await http.post('/api/actions', inventedAction({ reference: 'UA 77/26', appealDeadlineConfirmed: false }));
    const refused = await http.post(`/api/actions/${draft.body.id}/publish`);
    expect({ status: refused.status, field: refused.body.errors[0].field }).toEqual({ status: 422, field: 'appealDeadline' });
    const edited = await http.patch(`/api/actions/${draft.body.id}`, {
      appealDeadline: '2031-02-01',
      appealDeadlineTimeZone: 'Europe/Paris',
    });
    expect(edited.body.appealDeadlineConfirmed).toBe(true);
    expect((await http.post(`/api/actions/${draft.body.id}/publish`)).status).toBe(200);
  });

  it('reads uploaded .txt and .pdf documents of all three layouts', async () => {
    for (const [name, layout, timeZone] of [
      ['telex-two-men', 'telex', 'Europe/Moscow'],
      ['single-named-individual', 'classic', 'America/Santiago'],
      ['labelled-defenders', 'labelled', 'America/Tegucigalpa'],
    ]) {
      const { text, expected } = inventedDocument(name);
      for (const [file, content, type] of [
        [`${name}.txt`, text, 'text/plain'],
        [`${name}.pdf`, await laidOutPdf(text), 'application/pdf'],
      ] as const) {
        const { status, body } = await http.postForm('/api/imports', upload(file, content, type, { timeZone }));
        expect({ file, status, layout: body.layout }).toEqual({ file, status: 200, layout });
        expect(body.action).toEqual(expected);
      }
    }
  });

  it('reads an uploaded .txt file, with the zone given beside it', async () => {
    const { text, expected } = inventedDocument('single-named-individual');
    const { status, body } = await http.postForm(
      '/api/imports',
      upload('student.txt', text, 'text/plain', { timeZone: 'America/Santiago' }),
    );
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
      [
        await http.postForm(
          '/api/imports',
          upload('case.docx', 'PK\u0003\u0004', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
        ),
        422,
        'file',
      ],
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
