import { DataSource } from 'typeorm';
import { AuthService } from '../../src/accounts/auth.service';
import { UsersService } from '../../src/accounts/users.service';
import { Conflict, Refused } from '../../src/platform/errors/domain-errors';
import { TestClock } from '../support/clock';
import { createTestContext, TestContext } from '../support/test-app';

/** An admin (or the command line) makes a staff user, called as a plain method with no HTTP server. */
describe('creating a staff user, without HTTP', () => {
  const clock = TestClock.at('2030-06-01T10:00:00Z');
  let context: TestContext;
  let users: UsersService;

  beforeAll(async () => {
    context = await createTestContext({ clock });
    users = context.get(UsersService);
  });
  afterAll(() => context.close());

  const userRows = (email: string) =>
    context
      .get(DataSource)
      .query<{ name: string; role: string; sectionId: string | null; passwordHash: string }[]>(
        'SELECT "name", "role", "sectionId", "passwordHash" FROM user_account WHERE "email" = $1',
        [email],
      );

  it('makes an editor under their lower-cased address, who can then sign in with the password (kept only as a hash)', async () => {
    const created = await users.create({
      email: ' Eun-ji.Editor@Example.org ',
      name: 'Eun-ji Editor',
      password: 'a long passphrase for staff',
      role: 'editor',
    });

    expect(created).toMatchObject({ email: 'eun-ji.editor@example.org', role: 'editor', sectionId: null, disabledAt: null });
    const [row] = await userRows('eun-ji.editor@example.org');
    expect(row).toMatchObject({ name: 'Eun-ji Editor', role: 'editor', sectionId: null });
    expect(row.passwordHash).not.toContain('a long passphrase');
    const signedIn = await context.get(AuthService).checkPassword('EUN-JI.EDITOR@example.org', 'a long passphrase for staff');
    expect(signedIn.id).toBe(created.id);
  });

  it('refuses a second user with the same address, in any case, naming the email and keeping the first', async () => {
    await users.create({ email: 'min-ji@example.org', name: 'Min-ji', password: 'a long passphrase for staff', role: 'admin' });

    const duplicate = users.create({ email: 'Min-Ji@Example.org', name: 'Other', password: 'another long passphrase', role: 'editor' });

    await expect(duplicate).rejects.toBeInstanceOf(Conflict);
    await expect(duplicate).rejects.toMatchObject({ fieldErrors: [{ field: 'email' }] });
    expect(await userRows('min-ji@example.org')).toEqual([expect.objectContaining({ name: 'Min-ji', role: 'admin' })]);
  });

  it('refuses a coordinator without a section, or with one that does not exist, and makes nobody', async () => {
    const fields = {
      email: 'coordinator@example.org',
      name: 'Coordinator',
      password: 'a long passphrase for staff',
      role: 'coordinator' as const,
    };

    await expect(users.create(fields)).rejects.toMatchObject({ fieldErrors: [{ field: 'sectionId' }] });
    await expect(users.create({ ...fields, sectionId: '00000000-0000-4000-8000-000000000000' })).rejects.toBeInstanceOf(Refused);
    expect(await userRows('coordinator@example.org')).toEqual([]);
  });
});
