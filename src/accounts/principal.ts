import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { SupporterRecord } from '../supporters/supporter-read-model';
import type { UserAccount } from './user-account.entity';

/** How the caller proved who they are: a session cookie (browser) or a bearer token (scripts). */
export type CredentialSource = 'cookie' | 'bearer';

export type Principal =
  | { kind: 'user'; user: UserAccount; tokenId: string; via: CredentialSource }
  | { kind: 'supporter'; supporter: SupporterRecord; tokenId: string; via: CredentialSource };

export interface RequestWithPrincipal extends Request {
  principal?: Principal;
}

/** The signed-in caller, or undefined on a public route called anonymously. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext) => context.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);

/** Staff and coordinators see drafts and embargoed actions; supporters and the public do not. */
export function isOrganisationMember(principal: Principal | undefined): boolean {
  return principal?.kind === 'user';
}
