import { DataSource } from 'typeorm';
import { AuthToken } from '../../src/accounts/auth-token.entity';
import { Section } from '../../src/sections/section.entity';
import { coordinatorClient, staffClient, supporterClient } from '../support/auth';
import { httpClient } from '../support/http';
import { inventedAction } from '../support/seed-fixtures';
import { createTestApp, TestApp } from '../support/test-app';
import { DAY, TestClock } from '../support/clock';

const ADMIN = { email: 'first.admin@example.org', password: 'a long enough admin password' };

function sessionOf(answer: { headers: Headers; body: any }) {
  const cookie = answer.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  return { cookie, csrf: answer.body.csrfToken as string };
}

describe('staff accounts: sign-in, sessions, tokens, roles and the audit log', () => {
  let testApp: TestApp;
  let anonymous: ReturnType<typeof httpClient>;
  let clock: TestClock;
  let sectionA: string;
  let sectionB: string;

  beforeAll(async () => {
    clock = TestClock.running();
    testApp = await createTestApp({
      // The public list is shared for PAGE_CACHE_MS of real time; this test moves its own clock past an embargo.
      environment: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        SENSITIVE_RATE_LIMIT_PER_MINUTE: '1000',
        PAGE_CACHE_MS: '0',
      },
      clock,
    });
    anonymous = httpClient(testApp.baseUrl);
    const sections = testApp.get(DataSource).getRepository(Section);
    sectionA = (
      await sections.save({ code: 'SA', country: 'GB', name: 'Section A', timeZone: 'Europe/London', contactEmail: 'a@example.org' })
    ).id;
    sectionB = (
      await sections.save({ code: 'SB', country: 'FR', name: 'Section B', timeZone: 'Europe/Paris', contactEmail: 'b@example.org' })
    ).id;
  });
  afterAll(() => testApp.close());

  it('creates the first admin from ADMIN_EMAIL and ADMIN_PASSWORD, who signs in to an HTTP-only SameSite session', async () => {
    const signedIn = await anonymous.post('/api/auth/sign-in', { email: 'First.Admin@example.org', password: ADMIN.password });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email: ADMIN.email, role: 'admin' });
    expect(signedIn.body.user.passwordHash).toBeUndefined();
    const sessionCookie = signedIn.headers.getSetCookie().find((line) => line.startsWith('ua_session=')) as string;
    expect(sessionCookie).toMatch(/HttpOnly/i);
    expect(sessionCookie).toMatch(/SameSite=Lax/i);

    const { cookie, csrf } = sessionOf(signedIn);
    const me = await httpClient(testApp.baseUrl, { cookie }).get('/api/auth/me');
    expect(me.body).toMatchObject({ kind: 'user', user: { email: ADMIN.email, role: 'admin' } });

    // Changes through a cookie need the CSRF token; with it, the admin issues an API token for a script.
    expect((await httpClient(testApp.baseUrl, { cookie }).post('/api/auth/tokens', { label: 'nightly export' })).status).toBe(403);
    const issued = await httpClient(testApp.baseUrl, { cookie, 'x-csrf-token': csrf }).post('/api/auth/tokens', {
      label: 'nightly export',
    });
    expect(issued.status).toBe(201);
    const script = httpClient(testApp.baseUrl, { authorization: `Bearer ${issued.body.token}` });
    expect((await script.get('/api/users')).status).toBe(200);
    // Only a keyed hash is stored.
    const stored = await testApp.get(DataSource).getRepository(AuthToken).findOneByOrFail({ id: issued.body.id });
    expect(stored.tokenHash).not.toContain(issued.body.token);

    const signedOut = await httpClient(testApp.baseUrl, { cookie, 'x-csrf-token': csrf }).post('/api/auth/sign-out');
    expect(signedOut.status).toBe(204);
    expect((await httpClient(testApp.baseUrl, { cookie }).get('/api/auth/me')).status).toBe(401);
    expect((await script.delete(`/api/auth/tokens/${issued.body.id}`)).status).toBe(204);
    expect((await script.get('/api/users')).status).toBe(401);
  });

  it('refuses a wrong password and an unknown email with the same answer', async () => {
    const wrong = await anonymous.post('/api/auth/sign-in', { email: ADMIN.email, password: 'not the password at all' });
    const unknown = await anonymous.post('/api/auth/sign-in', { email: 'nobody@example.org', password: 'not the password at all' });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body.message).toBe(unknown.body.message);
  });

  it('lets admins manage users; a disabled user’s tokens stop working', async () => {
    const admin = await staffClient(testApp, 'admin');
    const editor = await staffClient(testApp, 'editor');
    const user = { email: 'new.editor@example.org', name: 'New Editor', password: 'twelve chars or more', role: 'editor' };
    expect((await editor.post('/api/users', user)).status).toBe(403);
    const created = await admin.post('/api/users', user);
    expect(created.status).toBe(201);
    expect(created.body.passwordHash).toBeUndefined();
    expect((await admin.post('/api/users', user)).status).toBe(409);
    const noSection = await admin.post('/api/users', { ...user, email: 'c@example.org', role: 'coordinator' });
    expect(noSection.status).toBe(400);
    expect(noSection.body.errors[0].field).toBe('sectionId');
    const badName = await admin.post('/api/users', { ...user, email: 'd@example.org', name: 'Mallory\r\nBcc: x@example.org' });
    expect(badName.body.errors.map((error: any) => error.field)).toEqual(['name']);

    const signedIn = await anonymous.post('/api/auth/sign-in', { email: user.email, password: user.password });
    const asNewEditor = httpClient(testApp.baseUrl, { cookie: sessionOf(signedIn).cookie });
    expect((await asNewEditor.get('/api/auth/me')).status).toBe(200);
    expect((await admin.patch(`/api/users/${created.body.id}`, { disabled: true })).body.disabledAt).not.toBeNull();
    expect((await asNewEditor.get('/api/auth/me')).status).toBe(401);
    expect((await anonymous.post('/api/auth/sign-in', { email: user.email, password: user.password })).status).toBe(401);
    // The last active admin cannot be removed, demoted or disabled.
    const me = (await admin.get('/api/auth/me')).body.user;
    const others = (await admin.get('/api/users')).body.filter(
      (candidate: any) => candidate.role === 'admin' && !candidate.disabledAt && candidate.id !== me.id,
    );
    expect(others.length).toBeGreaterThan(0);
    for (const other of others) expect((await admin.patch(`/api/users/${other.id}`, { disabled: true })).status).toBe(200);
    expect((await admin.delete(`/api/users/${me.id}`)).body.errors[0].field).toBe('id');
    expect((await admin.patch(`/api/users/${me.id}`, { role: 'editor' })).status).toBe(422);
    expect((await admin.patch(`/api/users/${me.id}`, { disabled: true })).status).toBe(422);
    for (const other of others) expect((await admin.patch(`/api/users/${other.id}`, { disabled: false })).status).toBe(200);
  });

  it('scopes a coordinator to their own section: 403 on another section’s data', async () => {
    const coordinator = await coordinatorClient(testApp, sectionA);
    expect((await coordinator.get(`/api/sections/${sectionA}`)).status).toBe(200);
    const other = await coordinator.get(`/api/sections/${sectionB}`);
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toContain('Section B');
    expect((await coordinator.patch(`/api/sections/${sectionB}`, { reminderDaysBefore: [1] })).status).toBe(403);
    expect((await coordinator.get(`/api/sections/${sectionB}/actions/${sectionA}/targets`)).status).toBe(403);

    const edited = await coordinator.patch(`/api/sections/${sectionA}`, { reminderDaysBefore: [5, 1] });
    expect(edited.body.reminderDaysBefore).toEqual([5, 1]);
    const renamed = await coordinator.patch(`/api/sections/${sectionA}`, { code: 'ZZ' });
    expect(renamed.status).toBe(403);
    expect(renamed.body.errors[0].field).toBe('code');
    expect((await coordinator.get('/api/sections')).status).toBe(403);
    expect((await coordinator.post('/api/targets', { name: 'X', kind: 'other', country: 'GB' })).status).toBe(403);
  });

  it('lets an editor add a target to the directory but leaves changing an entry to admins', async () => {
    const editor = await staffClient(testApp, 'editor');
    const added = await editor.post('/api/targets', { name: 'Minister added on the spot', kind: 'minister', country: 'GB' });
    expect(added.status).toBe(201);
    expect((await editor.patch(`/api/targets/${added.body.id}`, { name: 'Renamed' })).status).toBe(403);
    const admin = await staffClient(testApp, 'admin');
    expect((await admin.patch(`/api/targets/${added.body.id}`, { name: 'Renamed' })).body.name).toBe('Renamed');
  });

  it('shows the public published, non-embargoed actions only: a draft or embargoed action is 404 to them', async () => {
    const editor = await staffClient(testApp, 'editor');
    const { http: supporter } = await supporterClient(testApp);
    const draft = (await editor.post('/api/actions', inventedAction({ reference: 'UA 801/30', title: 'Draft case' }))).body;
    const embargoed = (
      await editor.post(
        '/api/actions',
        inventedAction({
          reference: 'UA 802/30',
          title: 'Embargoed case',
          embargoUntil: new Date(clock.now().getTime() + 2 * DAY).toISOString(),
        }),
      )
    ).body;
    expect((await editor.post(`/api/actions/${embargoed.id}/publish`)).status).toBe(200);

    for (const reader of [anonymous, supporter]) {
      expect((await reader.get(`/api/actions/${draft.id}`)).status).toBe(404);
      expect((await reader.get(`/api/actions/${embargoed.id}`)).status).toBe(404);
      expect((await reader.get(`/api/actions/${embargoed.id}/updates`)).status).toBe(404);
      expect((await reader.get('/api/actions?q=case')).body.total).toBe(0);
    }
    expect((await editor.get('/api/actions?q=case')).body.total).toBe(2);
    expect((await editor.get(`/api/actions/${embargoed.id}`)).status).toBe(200);

    clock.advance(3 * DAY);
    expect((await anonymous.get(`/api/actions/${embargoed.id}`)).status).toBe(200);
    expect((await anonymous.get('/api/actions?q=case')).body.items.map((action: any) => action.reference)).toEqual(['UA 802/30']);
    expect((await anonymous.get('/api/actions?status=draft')).body.total).toBe(0);
  });

  it('records who changed what on actions, targets, sections and users, with before and after', async () => {
    const admin = await staffClient(testApp, 'admin');
    const editor = await staffClient(testApp, 'editor');
    const editorEmail = (await editor.get('/api/auth/me')).body.user.email;
    const action = (await editor.post('/api/actions', inventedAction({ reference: 'UA 803/30' }))).body;
    await editor.patch(`/api/actions/${action.id}`, { title: 'Renamed case' });
    await editor.post(`/api/actions/${action.id}/publish`);
    const actionLog = (await admin.get(`/api/audit?entityType=UrgentAction&entityId=${action.id}`)).body;
    expect(actionLog.items.map((entry: any) => [entry.operation, entry.actorEmail])).toEqual([
      ['update', editorEmail],
      ['update', editorEmail],
      ['create', editorEmail],
    ]);
    const rename = actionLog.items[1];
    expect([rename.before.title, rename.after.title]).toEqual(['Invented case for tests', 'Renamed case']);
    expect([actionLog.items[0].before.status, actionLog.items[0].after.status]).toEqual(['draft', 'published']);

    const target = (await admin.post('/api/targets', { name: 'Invented Governor', kind: 'other', country: 'CH' })).body;
    await admin.patch(`/api/targets/${target.id}`, { fax: '022 786 06 62' });
    const targetLog = (await admin.get(`/api/audit?entityType=Target&entityId=${target.id}`)).body.items;
    expect(targetLog[0]).toMatchObject({ operation: 'update', before: { fax: null }, after: { fax: '+41227860662' } });

    await admin.patch(`/api/sections/${sectionB}`, { reminderDaysBefore: [3] });
    const sectionLog = (await admin.get(`/api/audit?entityType=Section&entityId=${sectionB}`)).body.items;
    expect(sectionLog[0]).toMatchObject({ operation: 'update', after: { reminderDaysBefore: [3] } });

    const user = (
      await admin.post('/api/users', { email: 'audited@example.org', name: 'Audited', password: 'twelve chars or more', role: 'editor' })
    ).body;
    await admin.delete(`/api/users/${user.id}`);
    const userLog = (await admin.get(`/api/audit?entityType=UserAccount&entityId=${user.id}`)).body.items;
    expect(userLog.map((entry: any) => entry.operation)).toEqual(['delete', 'create']);
    expect(JSON.stringify(userLog)).not.toContain('argon2');
    expect((await editor.get('/api/audit')).status).toBe(403);
  });
});

describe('hardening', () => {
  let testApp: TestApp;
  let anonymous: ReturnType<typeof httpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({
      environment: { SENSITIVE_RATE_LIMIT_PER_MINUTE: '5', CORS_ORIGINS: 'https://pages.example.org', REQUEST_BODY_LIMIT: '64kb' },
    });
    anonymous = httpClient(testApp.baseUrl);
  });
  afterAll(() => testApp.close());

  it('rate-limits sign-in', async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      statuses.push(
        (await anonymous.post('/api/auth/sign-in', { email: 'guess@example.org', password: `guess number ${attempt}` })).status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('sends security headers, and answers CORS only for the configured origins', async () => {
    const health = await fetch(`${testApp.baseUrl}/api/health`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(health.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests'); // outside production
    expect(health.headers.get('x-powered-by')).toBeNull();
    const preflight = (origin: string) =>
      fetch(`${testApp.baseUrl}/api/actions`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
    expect((await preflight('https://pages.example.org')).headers.get('access-control-allow-origin')).toBe('https://pages.example.org');
    const crossSite = await httpClient(testApp.baseUrl, { origin: 'https://evil.example' }).post('/api/supporters/magic-link', {
      email: 'a@example.org',
    });
    expect(crossSite.status).toBe(403);
  });

  it('refuses a request body over the limit', async () => {
    const answer = await anonymous.post('/api/supporters', { email: 'big@example.org', name: 'x'.repeat(100_000) });
    expect(answer.status).toBe(413);
  });
});
