import { isPubliclyVisible } from '../actions/public-visibility';
import type { UrgentAction } from '../actions/urgent-action.entity';
import { NotFound } from '../platform/errors/domain-errors';

/** A draft or embargoed action has no letters for the public (404, as for an unknown id); staff may preview them. */
export function assertLettersVisible(action: UrgentAction, now: Date, isOrganisationMember: boolean): void {
  if (!isOrganisationMember && !isPubliclyVisible(action, now)) throw NotFound.entity('Action', action.id);
}
