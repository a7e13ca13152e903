import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { SignedLinks } from '../../src/accounts/signed-links';
import { UsersService } from '../../src/accounts/users.service';
import { MailTransport } from '../../src/mail/mail-transport';
import { UnsubscribeLinks } from '../../src/notifications/unsubscribe/unsubscribe-links';
import { SeedsService } from '../../src/seeds/seeds.service';
import { Section } from '../../src/sections/section.entity';
import { Subscription } from '../../src/supporters/subscription.entity';
import { coordinatorClient, signedInUser, staffClient, supporterClient } from '../support/auth';
import { PROJECT_ROOT } from '../support/built-app';
import { httpClient } from '../support/http';
import { createTestApp, type TestApp } from '../support/test-app';
import { UrgentAction } from '../../src/actions/urgent-action.entity';
import { SEED_EXAMPLE } from '../../src/platform/openapi/seed-examples';
import { LetterRequest } from '../../src/letters/consent/letter-request.entity';
import { inventedAction } from '../support/seed-fixtures';
import { inventedDocument, seed003Text, seed003TextWithFooter } from '../support/seed-documents';
import { answerValidator } from '../support/answer-validator';

/**
 * The example client script. openapi-contract.e2e-spec.ts generates its types (not committed) and compiles it against
 * them; here it runs. It is loaded by path so that the project's typecheck, which runs before any test, does not need
 * the generated file.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above: an import would make typecheck need the file
const { listActionsAndRecordAppeal } = require(join(PROJECT_ROOT, 'clients/typescript/list-and-record')) as {
  listActionsAndRecordAppeal(
    baseUrl: string,
    writer: { name: string; email: string; city?: string; country?: string },
  ): Promise<{
    titles: string[];
    receipt: { repeated: boolean; appealRecordId: string; channel: string };
  }>;
};

/** A section of the seed. */
async function aSectionId(testApp: TestApp): Promise<string> {
  const [section] = await testApp.get(DataSource).getRepository(Section).find({ take: 1 });
  return section.id;
}

describe('real answers against the OpenAPI document', () => {
  let testApp: TestApp;
  let problemsOf: ReturnType<typeof answerValidator>;
  /** An action still open for letters (the seed's deadlines have passed), with a target that takes email. */
  let openActionId: string;
  let openTargetId: string;
  const sectionIdOf = async (code: string) => (await testApp.get(DataSource).getRepository(Section).findOneByOrFail({ code })).id;
  /** The seed action UA 66/12 and its first target (the seed's ids are made when it is loaded). */
  let seedActionId: string;
  let seedTargetId: string;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { PAGE_CACHE_MS: '0', OUTBOX_DIR: mkdtempSync(join(tmpdir(), 'ua-contract-outbox-')) } });
    await testApp.get(SeedsService).seed();
    const served = await httpClient(testApp.baseUrl).get<OpenAPIObject>('/api/docs-json');
    problemsOf = answerValidator(served.body);
    const editorForSetup = await staffClient(testApp, 'editor');
    const open = await editorForSetup.post(
      '/api/actions',
      inventedAction({
        reference: 'UA 901/30',
        appealDeadline: '2099-07-30',
        targets: [
          {
            role: 'primary',
            target: { name: 'Invented Minister', kind: 'minister', country: 'FR', email: 'minister@invented.example.org' },
          },
        ],
      }),
    );
    openActionId = open.body.id;
    openTargetId = open.body.targets[0].target.id;
    expect((await editorForSetup.post(`/api/actions/${openActionId}/publish`)).status).toBe(200);
    const seedAction = await testApp
      .get(DataSource)
      .getRepository(UrgentAction)
      .findOneOrFail({ where: { reference: SEED_EXAMPLE.reference }, relations: { targets: { target: true } } });
    seedActionId = seedAction.id;
    seedTargetId = seedAction.targets[0].target.id;
  });
  afterAll(() => testApp.close());

  it('the public and staff lists and details match their schemas, no field more or less', async () => {
    const anyone = httpClient(testApp.baseUrl);
    const staff = await staffClient(testApp, 'editor');
    const publicList = await anyone.get('/api/actions?pageSize=5');
    const staffList = await staff.get('/api/actions?pageSize=5');
    expect(publicList.body.items.length).toBeGreaterThan(0);
    const id = publicList.body.items[0].id as string;
    const publicAction = await anyone.get(`/api/actions/${id}`);
    const staffAction = await staff.get(`/api/actions/${id}`);
    const publicUpdates = await anyone.get(`/api/actions/${id}/updates`);
    const staffUpdates = await staff.get(`/api/actions/${id}/updates`);
    expect([
      ...problemsOf('GET', '/api/actions', publicList.status, publicList.body),
      ...problemsOf('GET', '/api/actions', staffList.status, staffList.body),
      ...problemsOf('GET', '/api/actions/{id}', publicAction.status, publicAction.body),
      ...problemsOf('GET', '/api/actions/{id}', staffAction.status, staffAction.body),
      ...problemsOf('GET', '/api/actions/{id}/updates', publicUpdates.status, publicUpdates.body),
      ...problemsOf('GET', '/api/actions/{id}/updates', staffUpdates.status, staffUpdates.body),
    ]).toEqual([]);
    expect(publicAction.body.targets.length).toBeGreaterThan(0);
  });

  it('a field the document lacks is caught', async () => {
    const answer = await httpClient(testApp.baseUrl).get('/api/actions?pageSize=1');
    const withExtra = { ...answer.body, items: [{ ...answer.body.items[0], embargoUntil: null }] };
    expect(problemsOf('GET', '/api/actions', 200, withExtra).join('\n')).toContain('must NOT have additional properties');
  });

  it('targets: the directory page, one entry, a new one and an edit match TargetDto', async () => {
    const admin = await staffClient(testApp, 'admin');
    const page = await admin.get('/api/targets?pageSize=5');
    const one = await admin.get(`/api/targets/${seedTargetId}`);
    const created = await admin.post('/api/targets', {
      name: 'Invented Ambassador',
      kind: 'embassy',
      country: 'KR',
      fax: '+82 2 2100 2114',
      emails: ['embassy@invented.example.org'],
    });
    const edited = await admin.patch(`/api/targets/${created.body.id}`, { title: 'Ambassador' });
    // An audited route snapshots the record before its pipes run: a malformed id must still be a 400, not a database error.
    const badId = await admin.patch('/api/targets/not-a-uuid', { title: 'Ambassador' });
    expect([page.status, one.status, created.status, edited.status, badId.status]).toEqual([200, 200, 201, 200, 400]);
    expect([
      ...problemsOf('GET', '/api/targets', 200, page.body),
      ...problemsOf('GET', '/api/targets/{id}', 200, one.body),
      ...problemsOf('POST', '/api/targets', 201, created.body),
      ...problemsOf('PATCH', '/api/targets/{id}', 200, edited.body),
      ...problemsOf('PATCH', '/api/targets/{id}', 400, badId.body),
    ]).toEqual([]);
  });

  it('sections: the list, one section, and a local target attached and listed by its coordinator match their schemas', async () => {
    const admin = await staffClient(testApp, 'admin');
    const sections = await admin.get('/api/sections');
    const korea = (sections.body as { id: string; code: string }[]).find((section) => section.code === 'KR');
    if (!korea) throw new Error('The seed has no KR section');
    const coordinator = await coordinatorClient(testApp, korea.id);
    const one = await coordinator.get(`/api/sections/${korea.id}`);
    const edited = await coordinator.patch(`/api/sections/${korea.id}`, { reminderDaysBefore: [3, 0] });
    const target = await admin.post('/api/targets', {
      name: 'Invented Embassy in Seoul',
      kind: 'embassy',
      country: 'KR',
      email: 'seoul@invented.example.org',
    });
    const path = `/api/sections/${korea.id}/actions/${seedActionId}/targets`;
    const attached = await coordinator.post(path, { role: 'copy', targetId: target.body.id });
    const local = await coordinator.get(path);
    expect([sections.status, one.status, edited.status, attached.status, local.status]).toEqual([200, 200, 200, 201, 200]);
    expect(local.body.map((link: { target: { id: string } }) => link.target.id)).toEqual([target.body.id]);
    expect([
      ...problemsOf('GET', '/api/sections', 200, sections.body),
      ...problemsOf('GET', '/api/sections/{id}', 200, one.body),
      ...problemsOf('PATCH', '/api/sections/{id}', 200, edited.body),
      ...problemsOf('POST', '/api/sections/{id}/actions/{actionId}/targets', 201, attached.body),
      ...problemsOf('GET', '/api/sections/{id}/actions/{actionId}/targets', 200, local.body),
    ]).toEqual([]);
  });

  it('replies: recorded by staff and by a section, listed for the public and for staff, match their schemas', async () => {
    const editor = await staffClient(testApp, 'editor');
    const anyone = httpClient(testApp.baseUrl);
    const korea = await sectionIdOf('KR');
    const coordinator = await coordinatorClient(testApp, korea);
    const byStaff = await editor.post(`/api/actions/${seedActionId}/replies`, {
      targetId: seedTargetId,
      receivedOn: '2012-04-20',
      channel: 'fax',
      summary: 'The mission denies that anyone returned from China is detained.',
      isPublic: true,
      attachment: { fileName: 'reply.pdf', contentType: 'application/pdf', base64: Buffer.from('%PDF-1.4 the reply').toString('base64') },
    });
    const bySection = await coordinator.post(`/api/sections/${korea}/actions/${seedActionId}/replies`, {
      targetId: seedTargetId,
      receivedOn: '2012-04-22',
      channel: 'email',
      summary: 'A private answer to the section.',
    });
    const publicList = await anyone.get(`/api/actions/${seedActionId}/replies`);
    const staffList = await editor.get(`/api/actions/${seedActionId}/replies`);
    const file = await anyone.get(`/api/actions/${seedActionId}/replies/${byStaff.body.id}/attachment`);
    expect([byStaff.status, bySection.status, publicList.status, staffList.status, file.status]).toEqual([201, 201, 200, 200, 200]);
    expect([publicList.body.length, staffList.body.length, file.headers.get('content-type')]).toEqual([1, 2, 'application/pdf']);
    expect([
      ...problemsOf('POST', '/api/actions/{id}/replies', 201, byStaff.body),
      ...problemsOf('POST', '/api/sections/{sectionId}/actions/{id}/replies', 201, bySection.body),
      ...problemsOf('GET', '/api/actions/{id}/replies', 200, publicList.body),
      ...problemsOf('GET', '/api/actions/{id}/replies', 200, staffList.body),
    ]).toEqual([]);
  });

  it('letters: previews, the PDF, a staff test send, and a writer asking, seeing and confirming letters match their schemas', async () => {
    const anyone = httpClient(testApp.baseUrl);
    const editor = await staffClient(testApp, 'editor');
    const listed = await anyone.get(`/api/actions/${seedActionId}/letters?name=Ji-woo%20Park`);
    const previews = await anyone.post(`/api/actions/${seedActionId}/letters/previews`, {
      name: 'Ji-woo Park',
      city: 'Busan',
      country: 'KR',
    });
    const pdf = await anyone.get(previews.body.letters[0].pdfUrl);
    const test = await editor.post(`/api/actions/${seedActionId}/letters/test-send`, {
      targetId: seedTargetId,
      to: 'editor@ua.example.org',
    });
    const asked = await anyone.post(`/api/actions/${openActionId}/letters/send`, {
      targetId: openTargetId,
      channel: 'email',
      name: 'Ji-woo Park',
      email: 'ji-woo@example.org',
    });
    // The link mailed to the writer, made here as the mail would carry it.
    const request = await testApp.get(DataSource).getRepository(LetterRequest).findOneByOrFail({ id: asked.body.letterRequestId });
    const token = testApp.get(SignedLinks).sign('confirm-letters', request.confirmationId as string, 3_600_000);
    const awaiting = await anyone.get(`/api/letters/confirm/${token}`);
    const confirmed = await anyone.post(`/api/letters/confirm/${token}`);
    expect([listed.status, previews.status, pdf.status, test.status, asked.status, awaiting.status, confirmed.status]).toEqual([
      200, 200, 200, 202, 202, 200, 200,
    ]);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect([awaiting.body.letters.length, confirmed.body.letters[0].status]).toEqual([1, 'confirmed']);
    expect([
      ...problemsOf('GET', '/api/actions/{id}/letters', 200, listed.body),
      ...problemsOf('POST', '/api/actions/{id}/letters/previews', 200, previews.body),
      ...problemsOf('POST', '/api/actions/{id}/letters/test-send', 202, test.body),
      ...problemsOf('POST', '/api/actions/{id}/letters/send', 202, asked.body),
      ...problemsOf('GET', '/api/letters/confirm/{token}', 200, awaiting.body),
      ...problemsOf('POST', '/api/letters/confirm/{token}', 200, confirmed.body),
    ]).toEqual([]);
  });

  it('deliveries: the report, the forecast, steering writers and a retry match their schemas', async () => {
    const editor = await staffClient(testApp, 'editor');
    const report = await editor.get(`/api/actions/${openActionId}/deliveries`);
    const forecast = await editor.get(`/api/actions/${openActionId}/deliveries/forecast`);
    const paused = await editor.post(`/api/actions/${openActionId}/targets/${openTargetId}/sending`, { paused: true });
    const resumed = await editor.post(`/api/actions/${openActionId}/targets/${openTargetId}/sending`, { paused: false });
    const retried = await editor.post(`/api/actions/${openActionId}/deliveries/retry`, {});
    expect([report.status, forecast.status, paused.status, resumed.status, retried.status]).toEqual([200, 200, 200, 200, 200]);
    expect(report.body.sent + report.body.pending).toBeGreaterThan(0);
    expect([forecast.body.targets.length, paused.body.targets[0].sendingPaused, resumed.body.targets[0].sendingPaused]).toEqual([
      1,
      true,
      false,
    ]);
    expect([
      ...problemsOf('GET', '/api/actions/{id}/deliveries', 200, report.body),
      ...problemsOf('GET', '/api/actions/{id}/deliveries/forecast', 200, forecast.body),
      ...problemsOf('POST', '/api/actions/{id}/targets/{targetId}/sending', 200, paused.body),
      ...problemsOf('POST', '/api/actions/{id}/targets/{targetId}/sending', 200, resumed.body),
      ...problemsOf('POST', '/api/actions/{id}/deliveries/retry', 200, retried.body),
    ]).toEqual([]);
  });

  it('letter bursts: five writers from one IP are listed, and cancelled, as their schemas say', async () => {
    const anyone = httpClient(testApp.baseUrl);
    const editor = await staffClient(testApp, 'editor');
    for (const writer of ['a', 'b', 'c', 'd']) {
      const asked = await anyone.post(`/api/actions/${openActionId}/letters/send`, {
        targetId: openTargetId,
        channel: 'email',
        name: `Writer ${writer}`,
        email: `writer-${writer}@example.org`,
      });
      expect(asked.status).toBe(202);
    }
    const bursts = await editor.get(`/api/actions/${openActionId}/letter-bursts`);
    const byIp = (bursts.body as { by: string; source: string }[]).find((burst) => burst.by === 'ip');
    if (!byIp) throw new Error(`No burst by IP in ${JSON.stringify(bursts.body)}`);
    const cancelled = await editor.post(`/api/actions/${openActionId}/letter-bursts/cancel`, { ip: byIp.source });
    expect([bursts.status, cancelled.status, cancelled.body.cancelled]).toEqual([200, 200, 5]);
    expect([
      ...problemsOf('GET', '/api/actions/{id}/letter-bursts', 200, bursts.body),
      ...problemsOf('POST', '/api/actions/{id}/letter-bursts/cancel', 200, cancelled.body),
    ]).toEqual([]);
  });

  it("letter templates and settings: the action's letter, a section's translation approved, and the settings match their schemas", async () => {
    const editor = await staffClient(testApp, 'editor');
    const korea = await sectionIdOf('KR');
    const coordinator = await coordinatorClient(testApp, korea);
    const saved = await editor.put(`/api/actions/${openActionId}/letter-templates/en`, {
      subjectLine: 'Urgent appeal: {{action.title}}',
      paragraphs: [['I am writing about {{list subjectNames}}.']],
      closing: 'Yours sincerely,',
    });
    const own = await editor.get(`/api/actions/${openActionId}/letter-templates`);
    const base = `/api/sections/${korea}/actions/${openActionId}/letter-templates`;
    const translated = await coordinator.put(`${base}/ko`, { paragraphs: [['{{list subjectNames}}에 관해 편지를 씁니다.']] });
    const approved = await editor.post(`${base}/ko/approve`);
    const translations = await coordinator.get(base);
    const settings = await editor.get(`/api/actions/${openActionId}/letter-settings`);
    const savedSettings = await editor.put(`/api/actions/${openActionId}/letter-settings`, { copyTargetsOnCc: true });
    expect([
      saved.status,
      own.status,
      translated.status,
      approved.status,
      translations.status,
      settings.status,
      savedSettings.status,
    ]).toEqual([200, 200, 200, 200, 200, 200, 200]);
    expect([own.body[0].section, translations.body[0].section.id, typeof approved.body.approvedAt]).toEqual([null, korea, 'string']);
    expect([
      ...problemsOf('PUT', '/api/actions/{id}/letter-templates/{lang}', 200, saved.body),
      ...problemsOf('GET', '/api/actions/{id}/letter-templates', 200, own.body),
      ...problemsOf('PUT', '/api/sections/{sectionId}/actions/{actionId}/letter-templates/{lang}', 200, translated.body),
      ...problemsOf('POST', '/api/sections/{sectionId}/actions/{actionId}/letter-templates/{lang}/approve', 200, approved.body),
      ...problemsOf('GET', '/api/sections/{sectionId}/actions/{actionId}/letter-templates', 200, translations.body),
      ...problemsOf('GET', '/api/actions/{id}/letter-settings', 200, settings.body),
      ...problemsOf('PUT', '/api/actions/{id}/letter-settings', 200, savedSettings.body),
    ]).toEqual([]);
  });

  it('the generated client lists actions and records "I\'ve sent it", and its answers match the document', async () => {
    const writer = { name: 'Ji-woo Park', email: 'ji-woo@example.org', city: 'Busan', country: 'KR' };
    const first = await listActionsAndRecordAppeal(testApp.baseUrl, writer);
    const again = await listActionsAndRecordAppeal(testApp.baseUrl, writer);
    expect(first.titles.length).toBeGreaterThan(0);
    expect([first.receipt.repeated, again.receipt.repeated]).toEqual([false, true]);
    expect(again.receipt.appealRecordId).toBe(first.receipt.appealRecordId);
    expect([
      ...problemsOf('POST', '/api/actions/{id}/letters/record', 201, first.receipt),
      ...problemsOf('POST', '/api/actions/{id}/letters/record', 200, again.receipt),
    ]).toEqual([]);
  });

  it('unsubscribe, liveness and the outbox answer as documented', async () => {
    const anyone = httpClient(testApp.baseUrl);
    const token = testApp.get(UnsubscribeLinks).urlFor({ kind: 'network', supporterId: randomUUID() }).split('/').pop() as string;
    const described = await anyone.get(`/api/unsubscribe/${token}`);
    const unsubscribed = await anyone.post(`/api/unsubscribe/${token}`);
    const tampered = await anyone.post(`/api/unsubscribe/${token}x`);
    const live = await anyone.get('/api/health/live');
    await testApp
      .get(MailTransport)
      .send({ from: { name: 'UA', address: 'ua@example.org' }, to: ['ji-woo@example.org'], subject: 'Outbox', text: 'Hello' });
    const admin = await staffClient(testApp, 'admin');
    const outbox = await admin.get('/api/outbox');
    const message = await admin.get(`/api/outbox/${outbox.body.messages[0].file}`);
    expect([described.status, unsubscribed.status, tampered.status, live.status, outbox.status, message.status]).toEqual([
      200, 200, 400, 200, 200, 200,
    ]);
    expect([outbox.body.messages.length, message.headers.get('content-type'), message.body]).toEqual([
      1,
      'message/rfc822',
      expect.stringContaining('Subject: Outbox'),
    ]);
    expect([
      ...problemsOf('GET', '/api/unsubscribe/{token}', 200, described.body),
      ...problemsOf('POST', '/api/unsubscribe/{token}', 200, unsubscribed.body),
      ...problemsOf('POST', '/api/unsubscribe/{token}', 400, tampered.body),
      ...problemsOf('GET', '/api/health/live', 200, live.body),
      ...problemsOf('GET', '/api/outbox', 200, outbox.body),
    ]).toEqual([]);
  });

  it('signing in, who am I, API tokens and users answer as documented', async () => {
    const password = 'a long enough password';
    const editor = await testApp
      .get(UsersService)
      .create({ email: `editor-${randomUUID()}@staff.example.org`, name: 'Min-seo Kang', password, role: 'editor' });
    const signIn = await httpClient(testApp.baseUrl).post('/api/auth/sign-in', { email: editor.email, password });
    const wrongPassword = await httpClient(testApp.baseUrl).post('/api/auth/sign-in', { email: editor.email, password: 'not it' });
    const coordinator = httpClient(testApp.baseUrl, {
      authorization: `Bearer ${(await signedInUser(testApp, 'coordinator', await aSectionId(testApp))).token}`,
    });
    const issued = await coordinator.post('/api/auth/tokens', { label: 'sync job' });
    const tokens = await coordinator.get('/api/auth/tokens');
    const userMe = await coordinator.get('/api/auth/me');
    const supporterMe = await (await supporterClient(testApp)).http.get('/api/auth/me');
    const admin = await staffClient(testApp, 'admin');
    const users = await admin.get('/api/users');
    const user = await admin.get(`/api/users/${editor.id}`);
    expect([
      signIn.status,
      wrongPassword.status,
      issued.status,
      tokens.status,
      userMe.status,
      supporterMe.status,
      users.status,
      user.status,
    ]).toEqual([200, 401, 201, 200, 200, 200, 200, 200]);
    expect([userMe.body.kind, supporterMe.body.kind, tokens.body.length]).toEqual(['user', 'supporter', 2]);
    expect([
      ...problemsOf('POST', '/api/auth/sign-in', 200, signIn.body),
      ...problemsOf('POST', '/api/auth/sign-in', 401, wrongPassword.body),
      ...problemsOf('POST', '/api/auth/tokens', 201, issued.body),
      ...problemsOf('GET', '/api/auth/tokens', 200, tokens.body),
      ...problemsOf('GET', '/api/auth/me', 200, userMe.body),
      ...problemsOf('GET', '/api/auth/me', 200, supporterMe.body),
      ...problemsOf('GET', '/api/users', 200, users.body),
      ...problemsOf('GET', '/api/users/{id}', 200, user.body),
    ]).toEqual([]);
  });

  it('the audit trail, and a supporter signing up, confirming and signing in, answer as documented', async () => {
    const admin = await staffClient(testApp, 'admin');
    await admin.post('/api/users', {
      email: `coordinator-${randomUUID()}@staff.example.org`,
      name: 'Audited',
      password: 'a long enough password',
      role: 'editor',
    });
    const audit = await admin.get('/api/audit?entityType=UserAccount&pageSize=5');
    const anyone = httpClient(testApp.baseUrl);
    const email = `writer-${randomUUID()}@example.org`;
    const signUp = await anyone.post('/api/supporters', { email, name: 'Ji-woo Park', language: 'ko' });
    const subscription = await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .findOneOrFail({ where: { supporter: { email } }, relations: { supporter: true } });
    const links = testApp.get(SignedLinks);
    const confirmToken = links.sign('confirm-subscription', subscription.id, 60_000);
    const confirmed = await anyone.get(`/api/supporters/confirm/${confirmToken}`);
    const confirmedAgain = await anyone.get(`/api/supporters/confirm/${confirmToken}`);
    const magicLink = await anyone.post('/api/supporters/magic-link', { email });
    const session = await anyone.post(`/api/supporters/session/${links.sign('supporter-session', subscription.supporter.id, 60_000)}`);
    expect([audit.status, signUp.status, confirmed.status, confirmedAgain.status, magicLink.status, session.status]).toEqual([
      200, 202, 200, 409, 202, 200,
    ]);
    expect(audit.body.items.length).toBeGreaterThan(0);
    expect([
      ...problemsOf('GET', '/api/audit', 200, audit.body),
      ...problemsOf('POST', '/api/supporters', 202, signUp.body),
      ...problemsOf('GET', '/api/supporters/confirm/{token}', 200, confirmed.body),
      ...problemsOf('GET', '/api/supporters/confirm/{token}', 409, confirmedAgain.body),
      ...problemsOf('POST', '/api/supporters/magic-link', 202, magicLink.body),
      ...problemsOf('POST', '/api/supporters/session/{token}', 200, session.body),
    ]).toEqual([]);
  });

  it("figures, the dashboard and a section's paper count answer as documented", async () => {
    const sectionId = await aSectionId(testApp);
    const reported = await (
      await coordinatorClient(testApp, sectionId)
    ).post(`/api/sections/${sectionId}/actions/${seedActionId}/appeal-reports`, {
      letterCount: 12,
      sentOn: '2012-03-28',
      channel: 'fax',
      targetId: seedTargetId,
    });
    const editor = await staffClient(testApp, 'editor');
    const overview = await editor.get('/api/figures/actions');
    const figures = await editor.get(`/api/actions/${seedActionId}/figures`);
    expect([reported.status, overview.status, figures.status]).toEqual([201, 200, 200]);
    expect(figures.body.bySection).toContainEqual(expect.objectContaining({ sectionId, letters: 12 }));
    expect([
      ...problemsOf('POST', '/api/sections/{sectionId}/actions/{actionId}/appeal-reports', 201, reported.body),
      ...problemsOf('GET', '/api/figures/actions', 200, overview.body),
      ...problemsOf('GET', '/api/actions/{id}/figures', 200, figures.body),
    ]).toEqual([]);
  });

  it("a supporter's profile, their data export (with a letter sent in their name) and its erasure answer as documented", async () => {
    const { http, supporter } = await supporterClient(testApp, { name: 'Ji-woo Park', city: 'Busan', country: 'KR', language: 'ko' });
    const saved = await http.patch('/api/me', { city: 'Seoul', noticeFrequency: 'weekly', sharesWithSection: true });
    const malformed = await http.patch('/api/me', { noticeFrequency: 'hourly' });
    const letter = await http.post(`/api/actions/${openActionId}/letters/send`, {
      targetId: openTargetId,
      channel: 'email',
      name: 'Ji-woo Park',
      email: supporter.email,
      personalNote: 'I write from Seoul.',
    });
    // Following one action asks for a confirmation, mailed to them; the whole network is followed already.
    const follows = await httpClient(testApp.baseUrl).post('/api/supporters', {
      email: supporter.email,
      name: 'Ji-woo Park',
      actionId: openActionId,
    });
    await testApp
      .get(DataSource)
      .getRepository(Subscription)
      .save({ supporter, action: null, confirmedAt: new Date(), unsubscribedAt: null });
    const exported = await http.get('/api/me/data');
    const erased = await http.delete('/api/me');
    const afterwards = await http.get('/api/me/data');
    expect([saved.status, malformed.status, letter.status, follows.status, exported.status, erased.status, afterwards.status]).toEqual([
      200, 400, 201, 202, 200, 204, 401,
    ]);
    expect(saved.body).toMatchObject({ id: supporter.id, city: 'Seoul', noticeFrequency: 'weekly', sharesWithSection: true });
    expect([erased.body, erased.headers.get('content-length')]).toEqual(['', null]);
    const data = exported.body;
    expect([
      data.supporter.city,
      data.subscriptions.length,
      data.appeals.length,
      data.sessions.length,
      data.letters.length,
      data.letterRequests.length,
    ]).toEqual(['Seoul', 2, 1, 1, 1, 1]);
    expect(data.appeals[0]).toMatchObject({
      action: { id: openActionId, reference: 'UA 901/30' },
      target: { id: openTargetId, name: 'Invented Minister' },
    });
    expect(data.letters[0]).toMatchObject({
      appealRecordId: letter.body.appealRecordId,
      fromName: 'Ji-woo Park',
      text: expect.stringContaining('I write from Seoul.'),
    });
    expect(data.messages).toContainEqual(expect.objectContaining({ kind: 'subscription confirmation', recipient: supporter.email }));
    expect([
      ...problemsOf('PATCH', '/api/me', 200, saved.body),
      ...problemsOf('PATCH', '/api/me', 400, malformed.body),
      ...problemsOf('GET', '/api/me/data', 200, exported.body),
      ...problemsOf('GET', '/api/me/data', 401, afterwards.body),
    ]).toEqual([]);
  });

  it('the importer: every invented document, the seed action found again, a draft saved, and its refusals answer as documented', async () => {
    const editor = await staffClient(testApp, 'editor');
    const names = readdirSync(join(PROJECT_ROOT, 'test/importer/documents'))
      .filter((file) => file.endsWith('.txt'))
      .map((file) => file.slice(0, -'.txt'.length));
    expect(names.length).toBeGreaterThan(10);
    const readings: string[] = [];
    for (const name of names) {
      const answer = await editor.post('/api/imports', { text: inventedDocument(name).text, timeZone: 'Europe/London' });
      readings.push(...(answer.status === 200 ? problemsOf('POST', '/api/imports', 200, answer.body) : [`${name}: ${answer.status}`]));
    }
    const seedAgain = await editor.post('/api/imports', { text: seed003TextWithFooter(), section: 'KR' });
    const created = await editor.post('/api/imports?create=true', {
      text: inventedDocument('single-named-individual').text,
      timeZone: 'America/Santiago',
    });
    const conflict = await editor.post('/api/imports?create=true', {
      text: inventedDocument('single-named-individual').text,
      timeZone: 'America/Santiago',
    });
    const malformed = await editor.post('/api/imports', {});
    const unknownSection = await editor.post('/api/imports', { text: seed003Text(), section: 'ZZ' });
    const huge = new FormData();
    huge.append('file', new Blob([Buffer.alloc(10 * 1024 * 1024 + 1, 'a')], { type: 'text/plain' }), 'huge.txt');
    const tooLarge = await editor.postForm('/api/imports', huge);
    expect([seedAgain.status, created.status, conflict.status, malformed.status, unknownSection.status, tooLarge.status]).toEqual([
      200, 201, 409, 400, 422, 413,
    ]);
    expect(seedAgain.body.duplicateOf).toMatchObject({ id: seedActionId, field: 'reference', update: { kind: 'further information' } });
    expect(created.body.created).toEqual({ id: expect.any(String), status: 'draft' });
    expect([
      ...readings,
      ...problemsOf('POST', '/api/imports', 200, seedAgain.body),
      ...problemsOf('POST', '/api/imports', 201, created.body),
      ...problemsOf('POST', '/api/imports', 409, conflict.body),
      ...problemsOf('POST', '/api/imports', 400, malformed.body),
      ...problemsOf('POST', '/api/imports', 422, unknownSection.body),
      ...problemsOf('POST', '/api/imports', 413, tooLarge.body),
    ]).toEqual([]);
  });

  it('refusals match the error shape: 400 naming the field, 401, 404', async () => {
    const anyone = httpClient(testApp.baseUrl);
    const badId = await anyone.get('/api/actions/not-a-uuid');
    const unknown = await anyone.get('/api/actions/00000000-0000-4000-8000-000000000000');
    const unsigned = await anyone.post('/api/actions', {});
    expect([badId.status, unknown.status, unsigned.status]).toEqual([400, 404, 401]);
    expect(badId.body.errors).toEqual([{ field: 'id', message: 'id must be a UUID' }]);
    expect([
      ...problemsOf('GET', '/api/actions/{id}', 400, badId.body),
      ...problemsOf('GET', '/api/actions/{id}', 404, unknown.body),
      ...problemsOf('POST', '/api/actions', 401, unsigned.body),
    ]).toEqual([]);
  });
});
