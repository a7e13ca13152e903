import type { AccessRule } from './access.decorators';
import type { Principal } from './principal';

export type AccessDecision = 'allow' | 'sign-in' | 'forbidden';

/** Whether `principal` may call a route with `rule`, given the route's parameters. Admins pass every staff rule. */
export function decideAccess(rule: AccessRule, principal: Principal | undefined, params: Record<string, string>): AccessDecision {
  if (rule.kind === 'public') return 'allow';
  if (!principal) return 'sign-in';
  if (rule.kind === 'signed-in') return 'allow';
  if (rule.kind === 'supporter') return principal.kind === 'supporter' ? 'allow' : 'forbidden';
  if (principal.kind !== 'user') return 'forbidden';
  const { role, sectionId } = principal.user;
  if (role === 'admin' || rule.kind === 'organisation') return 'allow';
  if (rule.kind === 'staff') {
    const allowed = rule.roles.length > 0 ? rule.roles.includes(role as never) : role === 'editor';
    return allowed ? 'allow' : 'forbidden';
  }
  if (role === 'editor') return 'allow';
  return role === 'coordinator' && sectionId !== null && params[rule.sectionParam] === sectionId ? 'allow' : 'forbidden';
}
