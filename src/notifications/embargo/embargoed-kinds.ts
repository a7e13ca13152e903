import { NotificationKind } from '../outbox/notification-vocabulary';

/** Notices that announce an action or its news: none may go while the action is under embargo. */
export const EMBARGOED_KINDS: readonly NotificationKind[] = [NotificationKind.NewActionNotice, NotificationKind.UpdateNotice];
