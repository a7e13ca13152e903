import { DataSource } from 'typeorm';
import { Section } from '../src/sections/section.entity';
import { Target } from '../src/targets/target.entity';
import { coordinatorClient, staffClient, supporterClient } from './support/auth';
import { httpClient } from './support/http';
import { inventedAction } from './support/seed-fixtures';
import { createTestApp, TestApp } from './support/test-app';

const keys = (value: object) => Object.keys(value).sort();

const PUBLIC_ACTION_KEYS = [
  'acceptsOwnLanguage',
  'additionalInformation',
  'appealDeadline',
  'appealDeadlineTimeZone',
  'appealGoal',
  'appealsAddressedTo',
  'asks',
  'body',
  'closedAt',
  'country',
  'documentIndex',
  'id',
  'invitesLocalDiplomaticCopies',
  'isDemonstration',
  'issuedOn',
  'languages',
  'lateAppealsAllowed',
  'outcome',
  'publishedAt',
  'reference',
  'risks',
  'status',
  'subjectPhrases',
  'subjects',
  'summary',
  'title',
  'translations',
];
const PUBLIC_SUBJECT_KEYS = ['gender', 'genderPrinted', 'groupSize', 'id', 'isGroup', 'isPseudonym', 'name', 'position', 'status'];
const PUBLIC_ACTION_TARGET_KEYS = ['id', 'position', 'role', 'section', 'target'];
const PUBLIC_TARGET_KEYS = [
  'addressLines',
  'country',
  'email',
  'emailPrinted',
  'emails',
  'fax',
  'faxPrinted',
  'honorific',
  'id',
  'kind',
  'name',
  'organisation',
  'phone',
  'phonePrinted',
  'preferredLanguage',
  'salutation',
  'timeZone',
  'title',
];
const PUBLIC_SECTION_KEYS = ['code', 'country', 'id', 'languages', 'name'];
const PUBLIC_UPDATE_KEYS = [
  'asks',
  'body',
  'documentIndex',
  'id',
  'kind',
  'newAppealDeadline',
  'outcome',
  'publishedAt',
  'sequence',
  'title',
];

const MAIL_SERVER_REPLY = '550 5.1.1 <minister@ministry.example>: unknown user (relay mx-internal-7.ministry.example)';
const SECTION_CONTACT = 'office-contact@section.example.org';
const SECTION_REMINDER = 'reminder-desk@section.example.org';

describe('the public JSON of an action: an allow-list, with no staff, section or mail-server data', () => {
  let testApp: TestApp;
  let actionId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    const editor = await staffClient(testApp, 'editor');
    const created = await editor.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 501/30',
        targets: [
          { role: 'primary', target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@ministry.example' } },
        ],
      }),
    );
    expect(created.status).toBe(201);
    actionId = created.body.id;
    const dataSource = testApp.get(DataSource);
    await dataSource.getRepository(Target).update(created.body.targets[0].target.id, {
      emailUndeliverableAt: new Date(),
      emailUndeliverableReason: MAIL_SERVER_REPLY,
      undeliverableEmails: ['minister@ministry.example'],
    });
    const section = await dataSource.getRepository(Section).save({
      code: 'PS',
      country: 'GB',
      name: 'Public Shape Section',
      languages: ['en'],
      timeZone: 'Europe/London',
      contactEmail: SECTION_CONTACT,
      reminderEmails: [SECTION_REMINDER],
    });
    const office = await coordinatorClient(testApp, section.id);
    const local = await office.post(`/api/sections/${section.id}/actions/${actionId}/targets`, {
      role: 'copy',
      target: { name: 'Invented Embassy', kind: 'embassy', country: 'GB' },
    });
    expect(local.status).toBe(201);
    expect((await editor.post(`/api/actions/${actionId}/publish`)).status).toBe(200);
    const update = await editor.post(`/api/actions/${actionId}/updates`, {
      kind: 'further information',
      title: 'More news',
      body: 'Still held.',
    });
    expect(update.status).toBe(201);
  });
  afterAll(() => testApp.close());

  function expectPublicAction(action: any) {
    expect(keys(action)).toEqual([...PUBLIC_ACTION_KEYS, 'targets'].sort());
    expect(keys(action.subjects[0])).toEqual(PUBLIC_SUBJECT_KEYS);
    expect(action.targets).toHaveLength(2);
    for (const link of action.targets) {
      expect(keys(link)).toEqual(PUBLIC_ACTION_TARGET_KEYS);
      expect(keys(link.target)).toEqual(PUBLIC_TARGET_KEYS);
    }
    const local = action.targets.find((link: any) => link.section !== null);
    expect(keys(local.section)).toEqual(PUBLIC_SECTION_KEYS);
    expect(local.section).toMatchObject({ code: 'PS', name: 'Public Shape Section' });
    const text = JSON.stringify(action);
    for (const secret of [MAIL_SERVER_REPLY, SECTION_CONTACT, SECTION_REMINDER, 'emailUndeliverable', 'undeliverableEmails', 'version']) {
      expect(text).not.toContain(secret);
    }
  }

  it('answers an anonymous reader of one action with the allowed fields of the action, its targets and their sections', async () => {
    const answer = await httpClient(testApp.baseUrl).get(`/api/actions/${actionId}`);
    expect(answer.status).toBe(200);
    expectPublicAction(answer.body);
    expect(answer.body.targets[0].target.email).toBe('minister@ministry.example');
  });

  it('answers a signed-in supporter with the same public shape', async () => {
    const { http } = await supporterClient(testApp);
    const answer = await http.get(`/api/actions/${actionId}`);
    expect(answer.status).toBe(200);
    expectPublicAction(answer.body);
  });

  it('lists actions for the public with the allowed fields only', async () => {
    const answer = await httpClient(testApp.baseUrl).get('/api/actions');
    expect(answer.status).toBe(200);
    expect(keys(answer.body)).toEqual(['items', 'page', 'pageSize', 'total']);
    expect(answer.body.items).toHaveLength(1);
    expect(keys(answer.body.items[0])).toEqual(PUBLIC_ACTION_KEYS);
    expect(keys(answer.body.items[0].subjects[0])).toEqual(PUBLIC_SUBJECT_KEYS);
  });

  it('lists an action’s updates for the public with the allowed fields only', async () => {
    const answer = await httpClient(testApp.baseUrl).get(`/api/actions/${actionId}/updates`);
    expect(answer.status).toBe(200);
    expect(answer.body).toHaveLength(1);
    expect(keys(answer.body[0])).toEqual(PUBLIC_UPDATE_KEYS);
  });

  it('still shows staff the mail server’s reason and the section’s addresses', async () => {
    const answer = await (await staffClient(testApp, 'editor')).get(`/api/actions/${actionId}`);
    const text = JSON.stringify(answer.body);
    expect(text).toContain(MAIL_SERVER_REPLY);
    expect(text).toContain(SECTION_CONTACT);
  });
});
