import type { NotificationContent } from './notification-content.entity';
import type { OutboxMessage } from './outbox-message.entity';

/** An outbox row as other modules read it: its columns, without the rows it points to. */
export type OutboxMessageRecord = Omit<
  OutboxMessage,
  'action' | 'update' | 'section' | 'supporter' | 'target' | 'fanout' | 'content' | 'appealRecord'
>;

/** A message's rendered content: every column (it has no relation), without TypeORM. */
export type NotificationContentRecord = Pick<NotificationContent, keyof NotificationContent>;
