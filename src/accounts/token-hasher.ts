import { createHmac, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { SecurityConfig } from '../config/security.config';

/** Makes opaque tokens and the keyed hashes stored in their place. */
@Injectable()
export class TokenHasher {
  constructor(@Inject(SecurityConfig) private readonly security: SecurityConfig) {}

  newToken(): string {
    return randomBytes(32).toString('base64url');
  }

  hash(token: string): string {
    return createHmac('sha256', this.security.sessionSecret).update(token).digest('base64url');
  }

  /** The CSRF token of a session: derived from it, so a forged cookie cannot be paired with a guessed header. */
  csrfTokenFor(sessionToken: string): string {
    return this.hash(`csrf:${sessionToken}`);
  }
}
