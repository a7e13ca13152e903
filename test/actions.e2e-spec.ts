import { staffClient } from './support/auth';
import type { httpClient } from './support/http';
import { inventedAction, seed003Action } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('actions API', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
  });
  afterAll(() => testApp.close());

  it('creates the seed-003 action in one request and reads it back field for field', async () => {
    const input = seed003Action();
    const created = await http.post('/api/actions', input);
    expect(created.status).toBe(201);

    const { status, body: action } = await http.get(`/api/actions/${created.body.id}`);
    expect(status).toBe(200);
    expect(action).toMatchObject({
      reference: 'UA 66/12',
      documentIndex: 'ASA 24/002/2012',
      title: input.title,
      country: 'KP',
      summary: input.summary,
      body: input.body,
      additionalInformation: input.additionalInformation,
      asks: input.asks,
      languages: ['en', 'ko'],
      acceptsOwnLanguage: true,
      risks: input.risks,
      appealsAddressedTo: "Kim Jong-un, Supreme Commander of the Korean People's Army",
      invitesLocalDiplomaticCopies: true,
      status: 'draft',
      issuedOn: '2012-03-01',
      appealDeadline: '2012-04-09T23:00:00.000Z',
      appealDeadlineTimeZone: 'Europe/London',
    });
    expect(action.subjects).toEqual([
      expect.objectContaining({
        name: 'At least nine North Koreans',
        isGroup: true,
        groupSize: 9,
        gender: 'unknown',
        genderPrinted: 'Unknown',
        isPseudonym: false,
        status: 'forcibly returned',
        position: 0,
      }),
    ]);
    expect(action.targets.map((link: any) => [link.role, link.target.name])).toEqual([
      ['primary', 'Sin Son-ho'],
      ['primary', 'So Se-pyong'],
      ['copy', 'Ri Myong-su'],
    ]);
    expect(action.targets[0].target).toMatchObject({
      honorific: 'Mr',
      title: input.targets[0].target.title,
      organisation: 'Permanent Mission of the Democratic People’s Report of Korea in New York',
      kind: 'UN permanent mission',
      country: 'US',
      addressLines: ['820 Second Ave, 13th Floor', 'New York, NY 10017', 'USA'],
      faxPrinted: '+1 212 972 3154',
      fax: '+12129723154',
      emailPrinted: 'dpr.korea@verizon.net',
      email: 'dpr.korea@verizon.net',
    });
    expect(action.targets[1].target).toMatchObject({ fax: '+41227860662', faxPrinted: '+41 22 786 0662', email: null });
    expect(action.targets[2].target).toMatchObject({
      title: 'Minister of People’s Security',
      addressLines: ['Pyongyang', 'Democratic People’s Republic of Korea'],
      fax: null,
    });
  });

  it('refuses a second action with the same reference with 409 naming the reference', async () => {
    const first = await http.post('/api/actions', inventedAction({ reference: 'UA 901/30' }));
    expect(first.status).toBe(201);
    const again = await http.post('/api/actions', inventedAction({ reference: 'UA 901/30', title: 'Another' }));
    expect(again.status).toBe(409);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'reference' })]);
    expect(again.body.message).toContain('UA 901/30');
  });
});

describe('actions API: bad input is refused with the field named', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
  });
  afterAll(() => testApp.close());

  const cases: Array<[string, (action: any) => void, string]> = [
    ['a missing title', (action) => delete action.title, 'title'],
    ['an unknown country', (action) => (action.country = 'XX'), 'country'],
    ['no asks', (action) => (action.asks = []), 'asks'],
    ['a language that is not a BCP 47 tag', (action) => (action.languages = ['english!']), 'languages'],
    ['a risk outside the vocabulary', (action) => (action.risks = ['bad luck']), 'risks'],
    ['a deadline that is not a date', (action) => (action.appealDeadline = 'next Tuesday'), 'appealDeadline'],
    ['a time zone that does not exist', (action) => (action.appealDeadlineTimeZone = 'Mars/Olympus'), 'appealDeadlineTimeZone'],
    ['a reference in the wrong shape', (action) => (action.reference = 'sixty-six'), 'reference'],
    ['a subject without a name', (action) => (action.subjects = [{ gender: 'male' }]), 'subjects[0].name'],
    ['a subject gender outside the vocabulary', (action) => (action.subjects[0].gender = 'x'), 'subjects[0].gender'],
    ['a fax that is not a number', (action) => (action.targets[0].target.fax = '+1 212 FAX ME'), 'targets[0].target.fax'],
    ['an email that is not an address', (action) => (action.targets[0].target.email = 'dpr.korea-at-verizon'), 'targets[0].target.email'],
    ['a target role outside primary/copy', (action) => (action.targets[0].role = 'cc'), 'targets[0].role'],
    ['a target with neither id nor details', (action) => (action.targets = [{ role: 'primary' }]), 'targets[0].targetId'],
    ['a field the API does not know', (action) => (action.colour = 'red'), 'colour'],
  ];

  it.each(cases)('400 for %s, naming %s', async (_, spoil, field) => {
    const action = inventedAction();
    spoil(action);
    const answer = await http.post('/api/actions', action);
    expect(answer.status).toBe(400);
    expect(answer.body.errors.map((error: any) => error.field)).toContain(field);
    expect(answer.body.message).toContain(field);
  });

  it('keeps no partial action when a request is refused', async () => {
    const action = inventedAction({ title: 'Refused halfway' });
    action.targets.push({ role: 'copy', targetId: '00000000-0000-4000-8000-000000000000' });
    const answer = await http.post('/api/actions', action);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'targets[1].targetId' })]);
    const list = await http.get('/api/actions?q=Refused%20halfway');
    expect(list.body.total).toBe(0);
    const targets = await http.get('/api/targets?q=Invented%20Minister');
    expect(targets.body.total).toBe(0);
  });

  it('answers 400 naming the id for a malformed id and 404 for an unknown one', async () => {
    const malformed = await http.get('/api/actions/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id' })]);
    const unknown = await http.get('/api/actions/00000000-0000-4000-8000-000000000000');
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('00000000-0000-4000-8000-000000000000');
  });
});

describe('actions API: publishing, closing and updates', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = await staffClient(testApp, 'editor');
  });
  afterAll(() => testApp.close());

  async function draft(overrides: Record<string, unknown> = {}) {
    const answer = await http.post('/api/actions', inventedAction(overrides));
    expect(answer.status).toBe(201);
    return answer.body;
  }

  it('publishes a draft with a reference, a primary target and a future deadline', async () => {
    const action = await draft({ reference: 'UA 101/30' });
    const published = await http.post(`/api/actions/${action.id}/publish`);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ status: 'published' });
    expect(Date.parse(published.body.publishedAt)).toBeGreaterThan(Date.now() - 60_000);
    const again = await http.post(`/api/actions/${action.id}/publish`);
    expect(again.status).toBe(422);
    expect(again.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
  });

  it('refuses to publish with a deadline in the past (422 naming appealDeadline)', async () => {
    const action = await draft({ reference: 'UA 102/30', appealDeadline: '2012-04-10' });
    const answer = await http.post(`/api/actions/${action.id}/publish`);
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'appealDeadline' })]);
    expect((await http.get(`/api/actions/${action.id}`)).body.status).toBe('draft');
  });

  it('refuses to publish without a reference or without a primary target', async () => {
    const noReference = await draft();
    expect((await http.post(`/api/actions/${noReference.id}/publish`)).body.errors[0].field).toBe('reference');
    const onlyCopies = await draft({
      reference: 'UA 103/30',
      targets: [{ role: 'copy', target: { name: 'Invented Copy Official', kind: 'minister', country: 'FR' } }],
    });
    const answer = await http.post(`/api/actions/${onlyCopies.id}/publish`);
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0].field).toBe('targets');
  });

  it('edits a draft, replacing subjects and targets, and refuses edits once closed (422)', async () => {
    const action = await draft({ reference: 'UA 104/30' });
    const edited = await http.patch(`/api/actions/${action.id}`, {
      title: 'Invented case, corrected',
      subjects: [
        { name: 'Test Person Beta', gender: 'male' },
        { name: 'Test Person Gamma', isPseudonym: true },
      ],
      targets: [{ role: 'primary', targetId: action.targets[0].target.id }],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.title).toBe('Invented case, corrected');
    expect(edited.body.subjects.map((subject: any) => subject.name)).toEqual(['Test Person Beta', 'Test Person Gamma']);
    expect(edited.body.subjects[1].isPseudonym).toBe(true);
    expect(edited.body.targets).toHaveLength(1);

    const closed = await http.post(`/api/actions/${action.id}/close`, { outcome: 'released' });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'released' });
    const refused = await http.patch(`/api/actions/${action.id}`, { title: 'Too late' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'status' })]);
    expect((await http.get(`/api/actions/${action.id}`)).body.title).toBe('Invented case, corrected');
  });

  it('extends the deadline through an update, numbers updates, and closes on a stop action', async () => {
    const action = await draft({ reference: 'UA 105/30', appealDeadline: '2031-01-15' });
    expect((await http.post(`/api/actions/${action.id}/publish`)).status).toBe(200);

    const tooEarly = await http.post(`/api/actions/${action.id}/updates`, {
      kind: 'deadline extension',
      title: 'Deadline extended',
      body: 'Keep writing.',
      newAppealDeadline: '2031-01-10',
    });
    expect(tooEarly.status).toBe(422);
    expect(tooEarly.body.errors[0].field).toBe('newAppealDeadline');

    const extension = await http.post(`/api/actions/${action.id}/updates`, {
      kind: 'deadline extension',
      title: 'Deadline extended',
      body: 'Keep writing.',
      newAppealDeadline: '2031-02-20',
    });
    expect(extension.status).toBe(201);
    expect(extension.body.sequence).toBe(1);
    const extended = (await http.get(`/api/actions/${action.id}`)).body;
    expect(extended.appealDeadline).toBe('2031-02-19T23:00:00.000Z');

    const info = await http.post(`/api/actions/${action.id}/updates`, {
      kind: 'further information',
      title: 'Test Person Alpha moved',
      body: 'She was moved.',
      asks: ['Urge the authorities to allow family visits.'],
      documentIndex: 'EUR 21/001/2031',
    });
    expect(info.body.sequence).toBe(2);
    expect((await http.get(`/api/actions/${action.id}`)).body.asks).toEqual(['Urge the authorities to allow family visits.']);

    const stop = await http.post(`/api/actions/${action.id}/updates`, {
      kind: 'stop action',
      title: 'Released',
      body: 'No further action.',
    });
    expect(stop.body).toMatchObject({ sequence: 3, outcome: 'stop action' });
    expect((await http.get(`/api/actions/${action.id}`)).body).toMatchObject({ status: 'closed', outcome: 'stop action' });

    const updates = await http.get(`/api/actions/${action.id}/updates`);
    expect(updates.body.map((update: any) => update.kind)).toEqual(['deadline extension', 'further information', 'stop action']);
    const afterStop = await http.post(`/api/actions/${action.id}/updates`, { kind: 'further information', title: 'x', body: 'y' });
    expect(afterStop.status).toBe(422);
  });

  it('refuses updates to a draft and an outcome update without an outcome', async () => {
    const action = await draft({ reference: 'UA 106/30' });
    const onDraft = await http.post(`/api/actions/${action.id}/updates`, { kind: 'further information', title: 'x', body: 'y' });
    expect(onDraft.status).toBe(422);
    await http.post(`/api/actions/${action.id}/publish`);
    const noOutcome = await http.post(`/api/actions/${action.id}/updates`, { kind: 'outcome', title: 'x', body: 'y' });
    expect(noOutcome.status).toBe(422);
    expect(noOutcome.body.errors[0].field).toBe('outcome');
  });
});
