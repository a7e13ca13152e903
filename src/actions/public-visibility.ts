import { ActionStatus } from './action-vocabulary';
import type { UrgentAction } from './urgent-action.entity';

/** The public (and supporters) see an action once it was published and its embargo has passed; closed ones stay visible. */
export function isPubliclyVisible(action: Pick<UrgentAction, 'status' | 'publishedAt' | 'embargoUntil'>, now: Date): boolean {
  return action.status !== ActionStatus.Draft && action.publishedAt !== null && (action.embargoUntil === null || action.embargoUntil <= now);
}

/** The same rule as SQL over the alias `action`, with the parameter `visibleAt`. */
export const PUBLICLY_VISIBLE_SQL =
  `action.status <> '${ActionStatus.Draft}' AND action.publishedAt IS NOT NULL AND (action.embargoUntil IS NULL OR action.embargoUntil <= :visibleAt)`;
