import { NotFound } from '../platform/errors/domain-errors';
import { ActionStatus } from './action-vocabulary';
import type { UrgentAction } from './urgent-action.entity';

/** The public (and supporters) see an action once it was published and its embargo has passed; closed ones stay visible. */
export function isPubliclyVisible(action: Pick<UrgentAction, 'status' | 'publishedAt' | 'embargoUntil'>, now: Date): boolean {
  return (
    action.status !== ActionStatus.Draft && action.publishedAt !== null && (action.embargoUntil === null || action.embargoUntil <= now)
  );
}

/** A draft or embargoed action does not exist for the public (404, as for an unknown id); the organisation sees its own work. */
export function assertPubliclyVisible(
  action: Pick<UrgentAction, 'id' | 'status' | 'publishedAt' | 'embargoUntil'>,
  now: Date,
  isOrganisationMember: boolean,
): void {
  if (!isOrganisationMember && !isPubliclyVisible(action, now)) throw NotFound.entity('Action', action.id);
}

/** The same rule as SQL over the alias `action`, with the parameter `visibleAt`. */
export const PUBLICLY_VISIBLE_SQL = `action.status <> '${ActionStatus.Draft}' AND action.publishedAt IS NOT NULL AND (action.embargoUntil IS NULL OR action.embargoUntil <= :visibleAt)`;
