import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { SecurityConfig } from '../config/security.config';
import { Unauthenticated } from '../platform/errors/domain-errors';

/** What a link may be used for; a link signed for one purpose is refused for another. */
export type LinkPurpose = 'confirm-subscription' | 'supporter-session' | 'confirm-letters' | 'answer-reply-question';

export interface LinkClaims {
  purpose: LinkPurpose;
  subjectId: string;
  /** When the link was made: a single-use link is refused once a later or equal one was used. */
  issuedAt: number;
  expiresAt: number;
}

/** A link that is tampered with, expired, used already or signed for something else. */
export class LinkRefused extends Unauthenticated {
  constructor(message: string) {
    super(message, [{ field: 'token', message }]);
  }
}

/** Stateless links for supporters: the claims and an HMAC over them, so nothing is stored until the link is used. */
@Injectable()
export class SignedLinks {
  constructor(
    @Inject(SecurityConfig) private readonly security: SecurityConfig,
    private readonly clock: Clock,
  ) {}

  sign(purpose: LinkPurpose, subjectId: string, validForMs: number): string {
    const now = this.clock.now().getTime();
    const claims: LinkClaims = { purpose, subjectId, issuedAt: now, expiresAt: now + validForMs };
    const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${payload}.${this.signature(payload)}`;
  }

  /** The subject id the link was signed for; refuses a tampered, expired or misused link. */
  verify(purpose: LinkPurpose, token: string): string {
    return this.claims(purpose, token).subjectId;
  }

  /** The link's claims, checked as `verify` checks them. */
  claims(purpose: LinkPurpose, token: string): LinkClaims {
    const read = this.read(purpose, token);
    if (read.claims) return read.claims;
    throw new LinkRefused(read.problem === 'expired' ? 'This link has expired; ask for a new one' : 'This link is not valid');
  }

  /** The link's claims, or what is wrong with it, for callers that answer a broken link and an expired one differently. */
  read(purpose: LinkPurpose, token: string): { claims: LinkClaims; problem: null } | { claims: null; problem: 'invalid' | 'expired' } {
    const [payload, signature, ...rest] = token.split('.');
    const expected = this.signature(payload ?? '');
    const given = Buffer.from(signature ?? '');
    if (rest.length > 0 || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) {
      return { claims: null, problem: 'invalid' };
    }
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as LinkClaims;
    if (claims.purpose !== purpose) return { claims: null, problem: 'invalid' };
    if (claims.expiresAt <= this.clock.now().getTime()) return { claims: null, problem: 'expired' };
    return { claims, problem: null };
  }

  private signature(payload: string): string {
    return createHmac('sha256', this.security.magicLinkSecret).update(payload).digest('base64url');
  }
}
