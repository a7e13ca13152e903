import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiPublic, ApiSignedInBy } from '../platform/openapi/api-security';

export type StaffRole = 'admin' | 'editor';

/**
 * Who may call a route. Every controller route carries exactly one of these; the access guard
 * refuses a route that has none, so a new route cannot ship open by accident.
 */
export type AccessRule =
  | { kind: 'public' }
  | { kind: 'staff'; roles: StaffRole[] }
  /** Staff (any role), or a coordinator of the section named by the `sectionParam` route parameter. */
  | { kind: 'section'; sectionParam: string }
  /** Staff (any role) or any coordinator; what a coordinator sees is narrowed to their section by the use case. */
  | { kind: 'organisation' }
  /** A signed-in supporter, acting on their own data only. */
  | { kind: 'supporter' }
  /** Anyone signed in: staff, coordinator or supporter (their own session, their own profile). */
  | { kind: 'signed-in' };

export const ACCESS_RULE = 'ua:access-rule';

/** The rule for the access guard, and the same rule as the OpenAPI document's security for readers and clients. */
const accessRule = (rule: AccessRule, describe: (rule: AccessRule) => ClassDecorator & MethodDecorator) =>
  applyDecorators(SetMetadata(ACCESS_RULE, rule), describe(rule));

/** Anyone, signed in or not. */
export const Public = () => accessRule({ kind: 'public' }, ApiPublic);

/** Staff with one of these roles; no roles listed means any staff role. Admins pass every staff rule. */
export const StaffOnly = (...roles: StaffRole[]) =>
  accessRule({ kind: 'staff', roles }, (rule) => ApiSignedInBy(rule, 'bearer', 'session'));

/** Staff, or a coordinator of the section whose id is in the named route parameter. */
export const SectionAccess = (sectionParam = 'id') =>
  accessRule({ kind: 'section', sectionParam }, (rule) => ApiSignedInBy(rule, 'bearer', 'session'));

/** Staff, or a coordinator of any section: the handler narrows a coordinator's answer to their own section. */
export const OrganisationMember = () => accessRule({ kind: 'organisation' }, (rule) => ApiSignedInBy(rule, 'bearer', 'session'));

/** A supporter signed in through their magic link. */
export const SupporterOnly = () => accessRule({ kind: 'supporter' }, (rule) => ApiSignedInBy(rule, 'session'));

/** Anyone signed in, whoever they are: for routes about the caller's own session. */
export const SignedIn = () => accessRule({ kind: 'signed-in' }, (rule) => ApiSignedInBy(rule, 'bearer', 'session'));
