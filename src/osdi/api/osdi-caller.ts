import type { Request } from 'express';
import type { Principal } from '../../accounts/principal';
import { NotAllowed } from '../../platform/errors/domain-errors';
import { OsdiUrls } from '../hal/hal';
import type { OsdiScope } from '../osdi.repository';

/** Staff see the network; a coordinator their own section, and one without a section nothing. */
export function scopeOf(principal: Principal): OsdiScope {
  if (principal.kind !== 'user') throw new NotAllowed('The OSDI API is for staff and section coordinators');
  if (principal.user.role !== 'coordinator') return { sectionId: null };
  if (!principal.user.sectionId) throw new NotAllowed('This coordinator account has no section');
  return { sectionId: principal.user.sectionId };
}

/** Links point at the host the caller reached (behind a proxy, as TRUST_PROXY lets express read it). */
export function urlsFor(request: Request): OsdiUrls {
  return new OsdiUrls(`${request.protocol}://${request.get('host') ?? 'localhost'}`);
}
