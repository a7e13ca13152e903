import type { EntityManager } from 'typeorm';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { NotificationKind } from '../outbox/notification-vocabulary';
import type { OutboxMessage } from '../outbox/outbox-message.entity';

const HOUR_MS = 3_600_000;

/**
 * Until when a message is worth another try, by what it is worth: a notice, reminder or summary until it is stale
 * (NOTICE_STALE_HOURS after it was due); a letter until the action's appeal deadline, and at least as long as a notice.
 */
export async function retryUntil(manager: EntityManager, message: Pick<OutboxMessage, 'kind' | 'actionId' | 'dueAt'>, staleHours: number): Promise<Date> {
  const stale = new Date(new Date(message.dueAt).getTime() + staleHours * HOUR_MS);
  if (message.kind !== NotificationKind.TargetMessage || !message.actionId) return stale;
  const action = await manager.findOne(UrgentAction, { select: { id: true, appealDeadline: true }, where: { id: message.actionId } });
  return action && action.appealDeadline.getTime() > stale.getTime() ? action.appealDeadline : stale;
}
