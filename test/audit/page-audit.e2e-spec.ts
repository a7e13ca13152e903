import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { CSRF_COOKIE, SESSION_COOKIE } from '../../src/accounts/session-cookies';
import { TokenHasher } from '../../src/accounts/token-hasher';
import type { UserAccount } from '../../src/accounts/user-account.entity';
import { UsersService } from '../../src/accounts/users.service';
import { Section } from '../../src/sections/section.entity';
import { seed003Text } from '../support/seed-documents';
import { staffClient } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';

interface AuditRow {
  entityType: string;
  entityId: string;
  operation: string;
  actorEmail: string | null;
  before: any;
  after: any;
}

/** A browser's session on the pages: posts plain HTML forms with the session's `_csrf` field, as the pages' forms do. */
async function pageSession(testApp: TestApp, user: UserAccount) {
  const { token } = await testApp.get(AuthService).startSession({ user });
  const csrf = testApp.get(TokenHasher).csrfTokenFor(token);
  return async (path: string, fields: Record<string, string>) => {
    const answer = await fetch(`${testApp.baseUrl}${path}`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        accept: 'text/html',
        cookie: `${SESSION_COOKIE}=${token}; ${CSRF_COOKIE}=${csrf}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ ...fields, _csrf: csrf }),
    });
    return {
      status: answer.status,
      location: answer.headers.get('location') ?? '',
      text: answer.status === 303 ? '' : await answer.text(),
    };
  };
}

const editorFields = (title: string, extra: Record<string, string> = {}) => ({
  title,
  reference: 'UA 301/30',
  country: 'FR',
  summary: 'Test Person Alpha is held incommunicado.',
  asks: 'Release Test Person Alpha.',
  languages: 'en',
  deadlineDate: '2031-01-15',
  deadlineTime: '12:00',
  appealDeadlineTimeZone: 'Europe/Paris',
  'subjects.0.name': 'Test Person Alpha',
  'subjects.0.gender': 'female',
  ...extra,
});

describe('the audit log records every change made through the staff and office pages, as through the API', () => {
  let testApp: TestApp;
  let editor: UserAccount;
  let coordinator: UserAccount;
  let asEditor: Awaited<ReturnType<typeof pageSession>>;
  let asCoordinator: Awaited<ReturnType<typeof pageSession>>;
  let section: Section;
  let actionId: string;

  const audit = (entityType: string, entityId?: string): Promise<AuditRow[]> =>
    testApp.get(DataSource).query(
      `SELECT "entityType", "entityId", "operation", "actorEmail", "before", "after" FROM audit_entry
     WHERE "entityType" = $1 AND ($2::uuid IS NULL OR "entityId" = $2) ORDER BY "at", "id"`,
      [entityType, entityId ?? null],
    );
  const lastOf = async (entityType: string, entityId?: string) => (await audit(entityType, entityId)).at(-1) as AuditRow;

  beforeAll(async () => {
    testApp = await createTestApp({ environment: { SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000' } });
    const users = testApp.get(UsersService);
    const password = 'a long enough password';
    editor = await users.create({
      email: `editor-${randomBytes(4).toString('hex')}@staff.example.org`,
      name: 'Editor',
      password,
      role: 'editor',
    });
    section = await testApp
      .get(DataSource)
      .getRepository(Section)
      .save({
        code: 'KR',
        country: 'KR',
        name: 'Korean section',
        languages: ['ko'],
        timeZone: 'Asia/Seoul',
        contactEmail: 'ua@kr.example.org',
      });
    coordinator = await users.create({
      email: `coordinator-${randomBytes(4).toString('hex')}@kr.example.org`,
      name: 'Coordinator',
      password,
      role: 'coordinator',
      sectionId: section.id,
    });
    asEditor = await pageSession(testApp, editor);
    asCoordinator = await pageSession(testApp, coordinator);
  });
  afterAll(() => testApp.close());

  it('creates, edits and publishes an action through the editor and its steps, each a logged change by the editor', async () => {
    const created = await asEditor(
      '/staff/actions/new?lang=en',
      editorFields('Invented case', {
        'newTarget.name': 'Invented Minister',
        'newTarget.kind': 'minister',
        'newTarget.country': 'FR',
        'newTarget.email': 'minister@ministry.example',
      }),
    );
    expect(created.status).toBe(303);
    actionId = /\/staff\/actions\/([0-9a-f-]{36})/.exec(created.location)?.[1] as string;
    expect(await lastOf('UrgentAction', actionId)).toMatchObject({
      operation: 'create',
      actorEmail: editor.email,
      before: null,
      after: { title: 'Invented case' },
    });

    const targetId = (await lastOf('UrgentAction', actionId)).after.targets[0].target.id;
    const edited = await asEditor(
      `/staff/actions/${actionId}/edit?lang=en`,
      editorFields('Invented case, corrected', { [`target.${targetId}`]: 'primary' }),
    );
    expect(edited.status).toBe(303);
    expect(await lastOf('UrgentAction', actionId)).toMatchObject({
      operation: 'update',
      actorEmail: editor.email,
      before: { title: 'Invented case' },
      after: { title: 'Invented case, corrected' },
    });

    expect((await asEditor(`/staff/actions/${actionId}/publish?lang=en`, {})).status).toBe(303);
    expect(await lastOf('UrgentAction', actionId)).toMatchObject({
      operation: 'update',
      before: { status: 'draft' },
      after: { status: 'published' },
    });

    const update = await asEditor(`/staff/actions/${actionId}/updates?lang=en`, {
      kind: 'deadline extension',
      title: 'More time',
      body: 'Appeals until February.',
      newDeadlineDate: '2031-02-15',
    });
    expect(update.status).toBe(303);
    expect(await lastOf('UrgentAction', actionId)).toMatchObject({
      operation: 'update',
      after: { appealDeadline: expect.stringMatching(/^2031-02-1[45]/) },
    });
  });

  it('logs a section’s local target, paper appeals and translation from the office pages, and staff approving it', async () => {
    const office = `/office/sections/${section.id}/actions/${actionId}`;
    const entries = (await audit('UrgentAction', actionId)).length;
    expect(
      (await asCoordinator(`${office}/targets?lang=en`, { role: 'copy', name: 'Invented Embassy', kind: 'embassy', country: 'KR' })).status,
    ).toBe(303);
    const attached = await lastOf('UrgentAction', actionId);
    expect((await audit('UrgentAction', actionId)).length).toBe(entries + 1);
    expect(attached).toMatchObject({ operation: 'update', actorEmail: coordinator.email });
    expect(attached.after.targets.map((link: any) => link.target.name)).toContain('Invented Embassy');

    expect(
      (
        await asCoordinator(`${office}/appeal-reports?lang=en`, {
          letterCount: '12',
          sentOn: new Date().toISOString().slice(0, 10),
          channel: 'post',
        })
      ).status,
    ).toBe(303);
    expect(await lastOf('AppealRecord')).toMatchObject({
      operation: 'create',
      actorEmail: coordinator.email,
      after: { letterCount: 12, channel: 'post', action: actionId, section: section.id },
    });

    expect((await asCoordinator(`${office}/letters/ko?lang=en`, { paragraphs: '즉시 석방을 요청합니다.' })).status).toBe(303);
    const translation = await lastOf('LetterTemplate');
    expect(translation).toMatchObject({ operation: 'create', actorEmail: coordinator.email, after: { language: 'ko', approvedAt: null } });

    expect((await asEditor(`/staff/actions/${actionId}/letters/sections/${section.id}/ko/approve?lang=en`, {})).status).toBe(303);
    expect(await lastOf('LetterTemplate', translation.entityId)).toMatchObject({
      operation: 'update',
      actorEmail: editor.email,
      before: { approvedAt: null },
      after: { approvedById: editor.id },
    });
  });

  it('logs a target added to the directory and a document imported as a draft', async () => {
    expect((await asEditor('/staff/targets?lang=en', { name: 'Invented Prosecutor', kind: 'prosecutor', country: 'FR' })).status).toBe(303);
    expect(await lastOf('Target')).toMatchObject({ operation: 'create', actorEmail: editor.email, after: { name: 'Invented Prosecutor' } });

    const imported = await asEditor('/staff/import?lang=en', { text: seed003Text(), timeZone: 'Asia/Seoul' });
    expect(imported.status).toBe(303);
    const draftId = /\/staff\/actions\/([0-9a-f-]{36})\/edit/.exec(imported.location)?.[1] as string;
    expect(await lastOf('UrgentAction', draftId)).toMatchObject({
      operation: 'create',
      actorEmail: editor.email,
      after: { title: expect.stringContaining('North Korea'), status: 'draft' },
    });
  });

  it('logs letter templates and settings saved through the API, and closing through the page', async () => {
    const api = await staffClient(testApp, 'editor');
    expect(
      (await api.put(`/api/actions/${actionId}/letter-templates/en`, { paragraphs: [['Please release Test Person Alpha.']] })).status,
    ).toBe(200);
    expect(await lastOf('LetterTemplate')).toMatchObject({
      operation: 'create',
      after: { language: 'en', section: null, action: actionId },
    });
    expect((await api.put(`/api/actions/${actionId}/letter-settings`, { copyTargetsOnCc: true })).status).toBe(200);
    expect(await lastOf('LetterSettings', actionId)).toMatchObject({ after: { actionId, copyTargetsOnCc: true } });

    expect((await asEditor(`/staff/actions/${actionId}/close?lang=en`, { outcome: 'released' })).status).toBe(303);
    expect(await lastOf('UrgentAction', actionId)).toMatchObject({
      operation: 'update',
      actorEmail: editor.email,
      after: { status: 'closed', outcome: 'released' },
    });
  });

  it('logs nothing for a page form that was refused', async () => {
    const before = (await audit('UrgentAction')).length;
    const refused = await asEditor('/staff/actions/new?lang=en', editorFields(''));
    expect(refused.status).toBe(400);
    expect((await audit('UrgentAction')).length).toBe(before);
  });
});
