import type { EntityManager } from 'typeorm';
import type { DueMessage } from '../queues/notification-queues.service';
import { DeliveryStatus, NotificationKind } from './notification-vocabulary';

/** One intended message, as the outbox records it before any job exists. */
export interface NewOutboxMessage {
  kind: NotificationKind;
  dedupeKey: string;
  recipient: string;
  recipientName?: string | null;
  actionId?: string | null;
  updateId?: string | null;
  sectionId?: string | null;
  supporterId?: string | null;
  targetId?: string | null;
  fanoutId?: string | null;
  contentId?: string | null;
  reminderDaysBefore?: number | null;
  dueAt: Date;
  unsubscribeUrl?: string | null;
  appealRecordId?: string | null;
  /** The 'send batch' job that will wake it (a fan-out's rows, fifty to a job); null for a job of its own. */
  sendBatchId?: string | null;
}

const COLUMNS: [keyof NewOutboxMessage, string][] = [
  ['kind', 'notification_kind'],
  ['dedupeKey', 'text'],
  ['recipient', 'text'],
  ['recipientName', 'text'],
  ['actionId', 'uuid'],
  ['updateId', 'uuid'],
  ['sectionId', 'uuid'],
  ['supporterId', 'uuid'],
  ['targetId', 'uuid'],
  ['fanoutId', 'uuid'],
  ['contentId', 'uuid'],
  ['reminderDaysBefore', 'int'],
  ['dueAt', 'timestamptz'],
  ['unsubscribeUrl', 'text'],
  ['appealRecordId', 'uuid'],
  ['sendBatchId', 'uuid'],
];

/**
 * Writes rows in one statement. A row whose dedupeKey exists is the same message and is left alone, unless
 * `reviveCancelled` and it was cancelled (a reminder whose deadline came back). Returns the rows now queued by this call.
 */
export async function writeOutboxMessages(
  manager: EntityManager,
  messages: NewOutboxMessage[],
  options: { reviveCancelled?: boolean } = {},
): Promise<DueMessage[]> {
  if (messages.length === 0) return [];
  const columns = COLUMNS.map(([name]) => `"${name}"`).join(', ');
  const arrays = COLUMNS.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
  const onConflict = options.reviveCancelled
    ? `DO UPDATE SET "status" = '${DeliveryStatus.Queued}', "settledAt" = NULL, "lastError" = NULL, "dueAt" = EXCLUDED."dueAt"
       WHERE notification_outbox."status" = '${DeliveryStatus.Cancelled}'`
    : 'DO NOTHING';
  const rows: { id: string; dueAt: Date; sendBatchId: string | null }[] = await manager.query(
    `INSERT INTO notification_outbox (${columns}) SELECT * FROM unnest(${arrays})
     ON CONFLICT ("dedupeKey") ${onConflict} RETURNING "id", "dueAt", "sendBatchId"`,
    COLUMNS.map(([name]) => messages.map((message) => message[name] ?? null)),
  );
  return rows.map((row) => ({ id: row.id, dueAt: new Date(row.dueAt), ...(row.sendBatchId ? { sendBatchId: row.sendBatchId } : {}) }));
}
