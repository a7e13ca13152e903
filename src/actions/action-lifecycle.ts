import { Refused } from '../platform/errors/domain-errors';
import { ActionStatus, TargetRole } from './action-vocabulary';
import type { UrgentAction } from './urgent-action.entity';

/** The rules for moving an action between draft, published and closed. Each broken rule names its field. */
export function assertEditable(action: Pick<UrgentAction, 'id' | 'reference' | 'status' | 'outcome'>): void {
  if (action.status === ActionStatus.Closed) {
    throw Refused.at('status', `Action ${action.reference ?? action.id} is closed (${action.outcome}) and can no longer be edited`);
  }
}

export function assertPublishable(action: UrgentAction, now: Date): void {
  if (action.status !== ActionStatus.Draft) {
    throw Refused.at('status', `Only a draft can be published; this action is ${action.status}`);
  }
  if (!action.reference) throw Refused.at('reference', 'A reference such as "UA 66/12" is required to publish');
  if (!action.appealDeadlineConfirmed) {
    throw Refused.at(
      'appealDeadline',
      `The appeal deadline ${action.appealDeadline.toISOString()} is a working deadline (the document asked for appeals as soon as possible); confirm it (appealDeadlineConfirmed: true, or set appealDeadline) before publishing`,
    );
  }
  if (action.appealDeadline.getTime() <= now.getTime()) {
    throw Refused.at('appealDeadline', `The appeal deadline ${action.appealDeadline.toISOString()} has passed; set a later one to publish`);
  }
  if (!action.targets.some((link) => link.role === TargetRole.Primary && link.section === null)) {
    throw Refused.at('targets', 'At least one primary target is required to publish');
  }
}

export function assertOpenForUpdates(action: UrgentAction): void {
  if (action.status !== ActionStatus.Published) {
    throw Refused.at('status', `Updates are posted to published actions; this action is ${action.status}`);
  }
}
