import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/built-app';
import { httpClient } from '../support/http';
import { createTestApp, TestApp } from '../support/test-app';

describe('npm run user:create (needs dist/, built by global setup)', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const run = (args: string[], password: string) =>
    spawnSync(process.execPath, [join(PROJECT_ROOT, 'dist/accounts/create-user.cli.js'), ...args], {
      input: `${password}\n`,
      encoding: 'utf8',
      env: { PATH: process.env.PATH, DATABASE_URL: testApp.database.url },
    });

  it('creates a user who can then sign in, taking the password from stdin', async () => {
    const created = run(['--email', 'Cli.Admin@example.org', '--name', 'CLI Admin', '--role', 'admin'], 'a password from stdin');
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^Created admin cli\.admin@example\.org/);
    const signedIn = await httpClient(testApp.baseUrl).post('/api/auth/sign-in', {
      email: 'cli.admin@example.org',
      password: 'a password from stdin',
    });
    expect(signedIn.status).toBe(200);
  });

  it('refuses bad input with a message naming it, and exits non-zero', () => {
    const weak = run(['--email', 'x@example.org', '--name', 'X', '--role', 'editor'], 'short');
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain('password must be longer than or equal to 12 characters');
    const noSection = run(['--email', 'y@example.org', '--name', 'Y', '--role', 'coordinator', '--section', 'QQ'], 'long enough password');
    expect(noSection.stderr).toContain('no section has the code QQ');
  });
});
