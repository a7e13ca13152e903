import type { Principal } from '../../accounts/principal';
import { NotAllowed } from '../../platform/errors/domain-errors';

/** Who manages an endpoint: an admin (any), or a coordinator for their own section. Editors do not. */
export interface WebhookManager {
  userId: string;
  isAdmin: boolean;
}

export function webhookManagerOf(principal: Principal): WebhookManager {
  if (principal.kind !== 'user' || principal.user.role === 'editor')
    throw new NotAllowed('Webhooks are managed by admins and by coordinators for their section');
  return { userId: principal.user.id, isAdmin: principal.user.role === 'admin' };
}
