import type { SendingConfig } from '../../config/sending.config';
import { NotificationKind } from '../outbox/notification-vocabulary';
import type { OutboxMessage } from '../outbox/outbox-message.entity';

const HOUR_MS = 3_600_000;

/** What decides how long a message is worth trying. */
export type RetryWindows = Pick<SendingConfig, 'noticeStaleHours' | 'signInLinkTtlMinutes'>;

/**
 * Until when a message is worth another try, by what it is worth: a sign-in link while it works; a notice, reminder,
 * summary or confirmation until it is stale (NOTICE_STALE_HOURS after it was due); a letter until the action's appeal
 * deadline, and at least as long as a notice.
 */
export async function retryUntil(
  message: Pick<OutboxMessage, 'kind' | 'actionId' | 'dueAt'>,
  windows: RetryWindows,
  appealDeadlineOf: (actionId: string) => Promise<Date | null>,
): Promise<Date> {
  const due = new Date(message.dueAt).getTime();
  if (message.kind === NotificationKind.SignInLink) return new Date(due + windows.signInLinkTtlMinutes * 60_000);
  const stale = new Date(due + windows.noticeStaleHours * HOUR_MS);
  if (message.kind !== NotificationKind.TargetMessage || !message.actionId) return stale;
  const deadline = await appealDeadlineOf(message.actionId);
  return deadline && deadline.getTime() > stale.getTime() ? deadline : stale;
}
