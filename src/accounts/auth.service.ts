import { Inject, Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Clock } from '../common/clock';
import { NotFound, Unauthenticated } from '../platform/errors/domain-errors';
import { SecurityConfig } from '../config/security.config';
import type { SupporterRecord } from '../supporters/supporter-read-model';
import { AuthToken } from './auth-token.entity';
import { passwordMatches } from './passwords';
import type { CredentialSource, Principal } from './principal';
import { SessionsRepository, type NewToken } from './sessions.repository';
import { SESSION_COOKIE, setSessionCookies } from './session-cookies';
import { TokenHasher } from './token-hasher';
import { UserAccount } from './user-account.entity';
import { UsersRepository } from './users.repository';

export interface IssuedToken {
  token: string;
  record: AuthToken;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsRepository,
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly hasher: TokenHasher,
    private readonly clock: Clock,
  ) {}

  /** The user with this email and password, or 401 without saying which of the two was wrong. */
  async checkPassword(email: string, password: string): Promise<UserAccount> {
    const user = await this.users.byEmail(email.trim().toLowerCase());
    const matches = await passwordMatches(user?.passwordHash, password);
    if (!user || !matches || user.disabledAt) {
      throw new Unauthenticated('Email or password is wrong');
    }
    await this.users.recordSignIn(user.id, this.clock.now());
    return user;
  }

  startSession(owner: { user: UserAccount } | { supporter: SupporterRecord }): Promise<IssuedToken> {
    const expiresAt = new Date(this.clock.now().getTime() + this.security.sessionTtlHours * 3_600_000);
    return this.issue({ kind: 'session', expiresAt, ...this.ownerColumns(owner) });
  }

  /** A session for a browser: HTTP-only cookie plus the CSRF token its pages send back. */
  async openBrowserSession(
    response: Response,
    owner: { user: UserAccount } | { supporter: SupporterRecord },
  ): Promise<{ csrfToken: string; expiresAt: Date }> {
    const { token, record } = await this.startSession(owner);
    const csrfToken = this.hasher.csrfTokenFor(token);
    const expiresAt = record.expiresAt as Date;
    setSessionCookies(response, { token, csrfToken, expiresAt, secure: this.security.production });
    return { csrfToken, expiresAt };
  }

  issueApiToken(user: UserAccount, label: string): Promise<IssuedToken> {
    return this.issue({ kind: 'api', label, expiresAt: null, userId: user.id });
  }

  listApiTokens(userId: string): Promise<AuthToken[]> {
    return this.sessions.apiTokensOf(userId);
  }

  async revoke(tokenId: string, userId?: string): Promise<void> {
    if (!(await this.sessions.remove(tokenId, userId))) throw NotFound.entity('Token', tokenId);
  }

  removeExpired(): Promise<number> {
    return this.sessions.removeExpired(this.clock.now());
  }

  /**
   * Who sent this request: a bearer token first (as `Authorization: Bearer`, or as `OSDI-API-Token`, the header OSDI
   * clients send), else the session cookie. Unknown, expired or disabled: nobody.
   */
  async authenticate(request: Request): Promise<Principal | undefined> {
    const osdiToken = request.headers['osdi-api-token'];
    const bearer =
      /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ??
      (typeof osdiToken === 'string' && osdiToken ? osdiToken : undefined);
    const cookie = (request.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
    const token = bearer ?? cookie;
    if (!token) return undefined;
    const via: CredentialSource = bearer ? 'bearer' : 'cookie';
    const record = await this.sessions.withHolder(this.hasher.hash(token));
    if (!record || (record.expiresAt && record.expiresAt <= this.clock.now())) return undefined;
    if (record.user && !record.user.disabledAt) return { kind: 'user', user: record.user, tokenId: record.id, via };
    if (record.supporter) return { kind: 'supporter', supporter: record.supporter, tokenId: record.id, via };
    return undefined;
  }

  private ownerColumns(owner: { user: UserAccount } | { supporter: SupporterRecord }) {
    return 'user' in owner ? { userId: owner.user.id } : { supporterId: owner.supporter.id };
  }

  private async issue(columns: Omit<NewToken, 'tokenHash'>): Promise<IssuedToken> {
    const token = this.hasher.newToken();
    const record = await this.sessions.insert({ ...columns, tokenHash: this.hasher.hash(token) });
    return { token, record };
  }
}
