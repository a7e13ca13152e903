import { argon2id, hash, verify } from 'argon2';

let decoyHash: Promise<string> | undefined;

export function hashPassword(password: string): Promise<string> {
  return hash(password, { type: argon2id });
}

/** Checks a password; with no stored hash (unknown email) it still spends the time of one check, so timing tells nothing. */
export async function passwordMatches(passwordHash: string | undefined, password: string): Promise<boolean> {
  if (passwordHash === undefined) {
    decoyHash ??= hashPassword('decoy password, never matches anything real');
    await verify(await decoyHash, password);
    return false;
  }
  return verify(passwordHash, password);
}
