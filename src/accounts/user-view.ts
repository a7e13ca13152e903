import type { UserAccount } from './user-account.entity';

/** A user as the API shows it: never the password hash. */
export type UserView = Omit<UserAccount, 'passwordHash' | 'section'>;

export function userView(user: UserAccount): UserView {
  const { passwordHash: _passwordHash, section: _section, ...visible } = user;
  return visible;
}
