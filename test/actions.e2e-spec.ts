import { httpClient } from './support/http';
import { inventedAction, seed003Action } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

describe('actions API', () => {
  let testApp: TestApp;
  let http: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    http = httpClient(testApp.baseUrl);
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
        name: 'At least nine North Koreans', isGroup: true, groupSize: 9, gender: 'unknown', genderPrinted: 'Unknown',
        isPseudonym: false, status: 'forcibly returned', position: 0,
      }),
    ]);
    expect(action.targets.map((link: any) => [link.role, link.target.name])).toEqual([
      ['primary', 'Sin Son-ho'], ['primary', 'So Se-pyong'], ['copy', 'Ri Myong-su'],
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
      title: 'Minister of People’s Security', addressLines: ['Pyongyang', 'Democratic People’s Republic of Korea'], fax: null,
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
