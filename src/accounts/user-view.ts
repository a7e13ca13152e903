import type { UserAccount } from './user-account.entity';

/** A user as the API shows it: never the password hash. */
export function userView(user: UserAccount) {
  const { passwordHash: _passwordHash, section: _section, ...visible } = user;
  return visible;
}
