import type { OpenAPIObject } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { AppealChannel } from '../../src/supporters/appeal-channel';
import { AppealRecord } from '../../src/supporters/appeal-record.entity';
import { Supporter } from '../../src/supporters/supporter.entity';
import { coordinatorClient, staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { answerValidator } from '../support/answer-validator';
import { TestClock } from '../support/clock';

const NOW = new Date('2030-06-10T10:00:00Z');

/**
 * Field names as the OSDI documents (opensupporter/osdi-docs) define them: the common fields, then each resource's.
 * Ours beyond them are vendor extensions, named `urgent_action:…`.
 */
const COMMON = ['identifiers', 'origin_system', 'created_date', 'modified_date', '_links', '_embedded'];
const OSDI_FIELDS = {
  collection: ['total_pages', 'per_page', 'page', 'total_records', '_links', '_embedded'],
  entryPoint: ['motd', 'vendor_name', 'product_name', 'osdi_version', 'max_pagesize', 'namespace', '_links'],
  advocacyCampaign: [
    ...COMMON,
    'name',
    'title',
    'description',
    'summary',
    'targets',
    'target_universe',
    'browser_url',
    'featured_image_url',
    'total_outreaches',
    'type',
    'share_url',
    'total_shares',
    'share_options',
  ],
  outreach: [...COMMON, 'action_date', 'type', 'duration', 'subject', 'message', 'targets'],
  target: ['title', 'organization', 'given_name', 'family_name', 'ocdid'],
  person: [
    ...COMMON,
    'family_name',
    'given_name',
    'additional_name',
    'honorific_prefix',
    'honorific_suffix',
    'gender',
    'gender_identity',
    'party_identification',
    'parties',
    'source',
    'browser_url',
    'employer',
    'ethnicities',
    'languages_spoken',
    'preferred_language',
    'email_addresses',
    'phone_numbers',
    'postal_addresses',
    'custom_fields',
  ],
  emailAddress: ['primary', 'address', 'address_type', 'status'],
  postalAddress: [
    'primary',
    'address_type',
    'venue',
    'address_lines',
    'locality',
    'region',
    'postal_code',
    'country',
    'language',
    'location',
    'status',
  ],
};

/** The keys of an answer that are neither OSDI's nor marked as ours. */
const unknownKeys = (resource: object, osdi: string[]) =>
  Object.keys(resource).filter((key) => !osdi.includes(key) && !key.startsWith('urgent_action:'));

describe('OSDI, read-only, for staff and section coordinators', () => {
  let testApp: TestApp;
  let admin: Awaited<ReturnType<typeof staffClient>>;
  let actionId: string;
  let nz: string;
  let ie: string;
  let kiri: Supporter;
  let ieWriter: Supporter;
  let ieRecordId: string;
  let osdiNz: ReturnType<typeof httpClient>;
  let problemsOf: ReturnType<typeof answerValidator>;
  const HAL = 'application/hal+json';

  beforeAll(async () => {
    testApp = await createTestApp({ clock: TestClock.at(NOW) });
    admin = await staffClient(testApp, 'admin');
    const created = await admin.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 701/30',
        appealDeadline: '2030-07-01',
        targets: [
          {
            role: 'primary',
            target: {
              name: 'Invented Minister',
              title: 'Minister of Justice',
              organisation: 'Ministry of Justice',
              kind: 'minister',
              country: 'FR',
              fax: '+33 1 23 45 67 89',
              email: 'minister@justice.example.org',
              addressLines: ['1 Place Vendôme', '75001 Paris'],
            },
          },
        ],
      }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    const targetId = created.body.targets[0].target.id;
    expect((await admin.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    expect((await admin.post('/api/actions', inventedAction({ reference: 'UA 702/30', title: 'A draft nobody shares' }))).status).toBe(201);
    const section = async (code: string, timeZone: string) =>
      (
        await admin.post('/api/sections', {
          code,
          country: code,
          name: `Invented section ${code}`,
          languages: ['en'],
          timeZone,
          contactEmail: `ua@${code.toLowerCase()}.example.org`,
        })
      ).body.id as string;
    nz = await section('NZ', 'Pacific/Auckland');
    ie = await section('IE', 'Europe/Dublin');
    const supporters = testApp.get(DataSource).getRepository(Supporter);
    const writer = (email: string, fields: Partial<Supporter>) =>
      supporters.save({ email, name: 'Writer', lastActiveAt: NOW, confirmedAt: NOW, language: 'en', ...fields });
    kiri = await writer('kiri@example.org', {
      name: 'Kiri Te Writer',
      city: 'Wellington',
      country: 'NZ',
      sectionId: nz,
      sharesWithSection: true,
    });
    const quiet = await writer('quiet@example.org', { sectionId: nz });
    ieWriter = await writer('aoife@example.org', { sectionId: ie, sharesWithSection: true });
    const records = testApp.get(DataSource).getRepository(AppealRecord);
    const record = (supporter: Supporter, section: string, channel: AppealChannel, sentAt: string) =>
      records.save({
        action: { id: actionId },
        target: { id: targetId },
        supporter,
        section: { id: section },
        channel,
        language: 'en',
        letterCount: 1,
        sentAt: new Date(sentAt),
      });
    await record(kiri, nz, AppealChannel.Email, '2030-06-08T09:00:00Z');
    await record(quiet, nz, AppealChannel.Mailto, '2030-06-08T10:00:00Z');
    ieRecordId = (await record(ieWriter, ie, AppealChannel.Fax, '2030-06-09T09:00:00Z')).id;
    expect(
      (await admin.post(`/api/sections/${nz}/actions/${actionId}/appeal-reports`, { letterCount: 40, sentOn: '2030-06-07', targetId }))
        .status,
    ).toBe(201);

    // A coordinator makes their own token, and sends it as OSDI clients do.
    const coordinator = await coordinatorClient(testApp, nz);
    const issued = await coordinator.post('/api/auth/tokens', { label: 'Action Network sync' });
    expect(issued.status).toBe(201);
    osdiNz = httpClient(testApp.baseUrl, { 'OSDI-API-Token': issued.body.token });
    problemsOf = answerValidator((await httpClient(testApp.baseUrl).get<OpenAPIObject>('/api/docs-json')).body);
  }, 60_000);

  afterAll(() => testApp?.close());

  it('answers the entry point and advocacy campaigns as HAL+JSON with OSDI’s field names, drafts left out', async () => {
    const entry = await osdiNz.get('/api/osdi/v1');
    expect(entry.status).toBe(200);
    expect(entry.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    expect(unknownKeys(entry.body, OSDI_FIELDS.entryPoint)).toEqual([]);
    expect(entry.body._links['osdi:advocacy_campaigns'].href).toBe(`${testApp.baseUrl}/api/osdi/v1/advocacy_campaigns`);

    const list = await osdiNz.get('/api/osdi/v1/advocacy_campaigns');
    expect(list.headers.get('content-type')).toMatch(/^application\/hal\+json/);
    expect(unknownKeys(list.body, OSDI_FIELDS.collection)).toEqual([]);
    expect(list.body).toMatchObject({ page: 1, per_page: 25, total_pages: 1, total_records: 1 });
    const [campaign] = list.body._embedded['osdi:advocacy_campaigns'];
    expect(list.body._links['osdi:advocacy_campaigns']).toEqual([{ href: campaign._links.self.href }]);
    expect(unknownKeys(campaign, OSDI_FIELDS.advocacyCampaign)).toEqual([]);
    expect(campaign).toMatchObject({
      identifiers: [`urgent_action:${actionId}`],
      name: 'UA 701/30',
      title: 'Invented case for tests',
      summary: 'Test Person Alpha is held incommunicado.',
      browser_url: `${testApp.baseUrl}/urgent-actions/${actionId}`,
      total_outreaches: 43,
      target_universe: 'Invented Minister',
      'urgent_action:appeal_deadline': '2030-06-30T22:00:00.000Z',
      'urgent_action:appeal_deadline_time_zone': 'Europe/Paris',
    });
    expect(campaign.targets).toHaveLength(1);
    expect(unknownKeys(campaign.targets[0], OSDI_FIELDS.target)).toEqual([]);
    expect(campaign.targets[0]).toMatchObject({
      title: 'Minister of Justice',
      organization: 'Ministry of Justice',
      family_name: 'Invented Minister',
      'urgent_action:fax': '+33123456789',
      'urgent_action:email': 'minister@justice.example.org',
      'urgent_action:postal_address': ['1 Place Vendôme', '75001 Paris'],
    });
    expect((await osdiNz.get(campaign._links.self.href.replace(testApp.baseUrl, ''))).body.identifiers).toEqual(campaign.identifiers);
  });

  it('shows a coordinator their section’s outreaches only, linking a person only who shares with the section', async () => {
    const list = await osdiNz.get('/api/osdi/v1/outreaches');
    expect(list.body.total_records).toBe(3);
    const outreaches = list.body._embedded['osdi:outreaches'];
    for (const outreach of outreaches) {
      expect(unknownKeys(outreach, OSDI_FIELDS.outreach)).toEqual([]);
      expect(outreach._links['osdi:advocacy_campaign'].href).toBe(`${testApp.baseUrl}/api/osdi/v1/advocacy_campaigns/${actionId}`);
      for (const target of outreach.targets) expect(unknownKeys(target, OSDI_FIELDS.target)).toEqual([]);
    }
    expect(
      outreaches.map((outreach: any) => [
        outreach.type,
        outreach.action_date,
        outreach['urgent_action:letter_count'],
        outreach._links['osdi:person']?.href ?? null,
      ]),
    ).toEqual([
      ['email', '2030-06-08T10:00:00.000Z', 1, null],
      ['email', '2030-06-08T09:00:00.000Z', 1, `${testApp.baseUrl}/api/osdi/v1/people/${kiri.id}`],
      ['postal mail', expect.stringMatching(/^2030-06-0[67]T/), 40, null],
    ]);
    expect((await osdiNz.get(`/api/osdi/v1/outreaches/${ieRecordId}`)).status).toBe(404);
    expect((await osdiNz.get(`/api/osdi/v1/advocacy_campaigns/${actionId}/outreaches`)).body.total_records).toBe(3);

    const staffView = await admin.get(`/api/osdi/v1/outreaches/${ieRecordId}`);
    expect(staffView.body).toMatchObject({ type: 'fax', 'urgent_action:channel': 'fax', targets: [{ family_name: 'Invented Minister' }] });
  });

  it('pages outreaches the OSDI way, with next and previous links', async () => {
    const second = await osdiNz.get('/api/osdi/v1/outreaches?page=2&per_page=1');
    expect(second.body).toMatchObject({ page: 2, per_page: 1, total_pages: 3, total_records: 3 });
    expect(second.body._embedded['osdi:outreaches']).toHaveLength(1);
    expect(second.body._links.next.href).toBe(`${testApp.baseUrl}/api/osdi/v1/outreaches?page=3&per_page=1`);
    expect(second.body._links.prev.href).toBe(`${testApp.baseUrl}/api/osdi/v1/outreaches?page=1&per_page=1`);
    const last = await osdiNz.get('/api/osdi/v1/outreaches?page=3&per_page=1');
    expect(last.body._links.next).toBeUndefined();
    const tooMany = await osdiNz.get('/api/osdi/v1/outreaches?per_page=500');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].field).toBe('per_page');
  });

  it('lists as people only supporters who share with their section: a coordinator their own, staff every section’s', async () => {
    const people = await osdiNz.get('/api/osdi/v1/people');
    expect(people.body.total_records).toBe(1);
    const [person] = people.body._embedded['osdi:people'];
    expect(unknownKeys(person, OSDI_FIELDS.person)).toEqual([]);
    expect(unknownKeys(person.email_addresses[0], OSDI_FIELDS.emailAddress)).toEqual([]);
    expect(unknownKeys(person.postal_addresses[0], OSDI_FIELDS.postalAddress)).toEqual([]);
    expect(person).toMatchObject({
      identifiers: [`urgent_action:${kiri.id}`],
      given_name: 'Kiri Te Writer',
      email_addresses: [{ address: 'kiri@example.org', primary: true }],
      postal_addresses: [{ primary: true, locality: 'Wellington', country: 'NZ' }],
      languages_spoken: ['en'],
    });
    expect((await osdiNz.get(`/api/osdi/v1/people/${ieWriter.id}`)).status).toBe(404);

    const everyone = await admin.get('/api/osdi/v1/people');
    expect(everyone.body._embedded['osdi:people'].map((entry: any) => entry.email_addresses[0].address).sort()).toEqual([
      'aoife@example.org',
      'kiri@example.org',
    ]);
  });

  it('answers as its OpenAPI document says, no field more or less', async () => {
    const paths = ['/api/osdi/v1', '/api/osdi/v1/advocacy_campaigns', '/api/osdi/v1/outreaches', '/api/osdi/v1/people'];
    const [entry, campaigns, outreaches, people] = await Promise.all(paths.map((path) => osdiNz.get(path)));
    const campaign = await osdiNz.get(`/api/osdi/v1/advocacy_campaigns/${actionId}`);
    const person = await osdiNz.get(`/api/osdi/v1/people/${kiri.id}`);
    const unknown = await osdiNz.get(`/api/osdi/v1/people/${ieWriter.id}`);
    expect([
      ...problemsOf('GET', '/api/osdi/v1', 200, entry.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/advocacy_campaigns', 200, campaigns.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/advocacy_campaigns/{id}', 200, campaign.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/outreaches', 200, outreaches.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/people', 200, people.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/people/{id}', 200, person.body, HAL),
      ...problemsOf('GET', '/api/osdi/v1/people/{id}', 404, unknown.body),
    ]).toEqual([]);
    expect(problemsOf('GET', '/api/osdi/v1/people/{id}', 200, { ...person.body, phone_numbers: [] }, HAL).join('\n')).toContain(
      'must NOT have additional properties',
    );
  });

  it('asks for a token and refuses supporters', async () => {
    expect((await httpClient(testApp.baseUrl).get('/api/osdi/v1/people')).status).toBe(401);
    expect((await httpClient(testApp.baseUrl, { 'OSDI-API-Token': 'not-a-token' }).get('/api/osdi/v1/people')).status).toBe(401);
    const { http } = await supporterClient(testApp);
    expect((await http.get('/api/osdi/v1/people')).status).toBe(403);
  });
});
