import { DataSource } from 'typeorm';
import { FirstRunSetupService } from '../../src/accounts/first-run/first-run-setup.service';
import { FirstRunRepository } from '../../src/accounts/first-run/first-run.repository';
import { TokenHasher } from '../../src/accounts/token-hasher';
import { UserAccount } from '../../src/accounts/user-account.entity';
import { UsersRepository } from '../../src/accounts/users.repository';
import { UsersService } from '../../src/accounts/users.service';
import { SecurityConfig } from '../../src/config/security.config';
import { signedInUser } from '../support/auth';
import { createTestApp, TestApp } from '../support/test-app';
import { TestClock } from '../support/clock';

const ADMIN = { name: 'Min-ji Kang', email: 'Min-ji.Kang@example.org', password: 'a long passphrase for staff' };

describe('first-run setup: a one-time link makes the first admin while no staff account exists', () => {
  let testApp: TestApp;
  let clock: TestClock;

  const setup = () => testApp.get(FirstRunSetupService);
  const form = (token: string, fields: Record<string, string>) =>
    fetch(`${testApp.baseUrl}/staff/setup/${token}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });

  beforeEach(async () => {
    clock = TestClock.running();
    testApp = await createTestApp({ clock });
  });

  afterEach(() => testApp?.close());

  it('opens a link only while nobody can sign in as staff, and a new start replaces the unused one', async () => {
    const first = (await setup().openIfNoStaff()) as string;
    const second = (await setup().openIfNoStaff()) as string;
    expect(second).not.toBe(first);
    expect((await fetch(`${testApp.baseUrl}/staff/setup/${first}`, { headers: { accept: 'text/html' } })).status).toBe(404);
    expect((await fetch(`${testApp.baseUrl}/staff/setup/${second}`, { headers: { accept: 'text/html' } })).status).toBe(200);
    await signedInUser(testApp, 'editor');
    expect(await setup().openIfNoStaff()).toBeNull();
  });

  it('makes the admin, signs them in, and cannot be used twice', async () => {
    const token = (await setup().openIfNoStaff()) as string;
    const made = await form(token, ADMIN);
    expect(made.status).toBe(303);
    expect(made.headers.get('location')).toBe('/staff?lang=en');
    expect(made.headers.get('set-cookie')).toMatch(/ua_session=/);
    const admin = await testApp.get(DataSource).getRepository(UserAccount).findOneByOrFail({ email: 'min-ji.kang@example.org' });
    expect(admin).toMatchObject({ role: 'admin', name: 'Min-ji Kang' });
    // The audit log has the first admin's creation, with no password hash and no one before them to name.
    const [entry] = await testApp
      .get(DataSource)
      .query(`SELECT "operation", "actorId", "after" FROM audit_entry WHERE "entityType" = 'UserAccount' AND "entityId" = $1`, [admin.id]);
    expect(entry).toMatchObject({ operation: 'create', actorId: null, after: { email: 'min-ji.kang@example.org', role: 'admin' } });
    expect(entry.after.passwordHash).toBeUndefined();
    expect((await form(token, { ...ADMIN, email: 'someone.else@example.org' })).status).toBe(404);
    expect(await testApp.get(DataSource).getRepository(UserAccount).count()).toBe(1);
  });

  it('refuses bad input naming the field, keeping the link usable', async () => {
    const token = (await setup().openIfNoStaff()) as string;
    const refused = await form(token, { ...ADMIN, password: 'short' });
    expect(refused.status).toBe(400);
    const page = await refused.text();
    expect(page).toContain('id="password-error"');
    expect(page).toContain('value="Min-ji Kang"');
    expect((await form(token, ADMIN)).status).toBe(303);
  });

  it('expires after 24 hours', async () => {
    const token = (await setup().openIfNoStaff()) as string;
    clock.advance(24 * 3_600_000 + 1);
    expect((await form(token, ADMIN)).status).toBe(404);
    expect(await testApp.get(DataSource).getRepository(UserAccount).count()).toBe(0);
  });

  it('gives no link in production', async () => {
    const production = { ...testApp.get(SecurityConfig), production: true };
    const inProduction = new FirstRunSetupService(
      testApp.get(FirstRunRepository),
      testApp.get(UsersRepository),
      production,
      testApp.get(TokenHasher),
      testApp.get(UsersService),
      clock,
    );
    expect(await inProduction.openIfNoStaff()).toBeNull();
  });
});
