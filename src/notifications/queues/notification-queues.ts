/** Every notification queue and job, with its payload, named in this one place. Payloads carry ids, not records. */

export const NotificationQueue = {
  /**
   * One job per outbox row, or per batch of a fan-out's rows: talk to SMTP. A batch is tried once; a row it could not
   * send (failed for now, not due, held by another worker) goes on in a job of its own, the only kind that retries.
   */
  Send: 'notification-send',
  /** One job per fan-out: writes the audience's outbox rows page by page and queues their sends. */
  Fanout: 'notification-fanout',
  /** The reconciler pass the scheduler asks for every minute, and the hourly summaries. */
  Maintenance: 'notification-maintenance',
} as const;
export type NotificationQueueName = (typeof NotificationQueue)[keyof typeof NotificationQueue];

export interface JobPayloads {
  'send message': { outboxMessageId: string };
  /** Up to SEND_BATCH_SIZE rows of one fan-out, due at the same time: one claim, one settlement, one job's overhead. */
  'send batch': { batchId: string; outboxMessageIds: string[] };
  'fan out': { fanoutId: string };
  'reconcile outbox': { requestedAt: string };
  'plan digests': { requestedAt: string };
  /** Asks writers whose letters went two weeks ago whether they got a reply. */
  'ask about replies': { requestedAt: string };
  /** While the relay refuses us: try one message (or a connection) to see whether it is back. `slot`: when, in probe periods. */
  'probe relay': { slot: number };
}
export type NotificationJobName = keyof JobPayloads;

/** Which queue each job goes to. */
export const queueOfJob: { [Name in NotificationJobName]: NotificationQueueName } = {
  'send message': NotificationQueue.Send,
  'send batch': NotificationQueue.Send,
  'fan out': NotificationQueue.Fanout,
  'reconcile outbox': NotificationQueue.Maintenance,
  'plan digests': NotificationQueue.Maintenance,
  'ask about replies': NotificationQueue.Maintenance,
  'probe relay': NotificationQueue.Maintenance,
};

/**
 * Job ids come from the row, so adding the same job twice is a no-op while it waits, and a re-queue after Redis
 * lost its data finds nothing to clash with. (BullMQ refuses ':' in custom ids.)
 */
export const jobIdOf = {
  'send message': (payload: JobPayloads['send message']) => `send-${payload.outboxMessageId}`,
  'send batch': (payload: Pick<JobPayloads['send batch'], 'batchId'>) => `send-batch-${payload.batchId}`,
  'fan out': (payload: JobPayloads['fan out']) => `fanout-${payload.fanoutId}`,
  /** One pass per minute, however many schedulers ask for it. */
  'reconcile outbox': (payload: JobPayloads['reconcile outbox']) => `reconcile-${payload.requestedAt.slice(0, 16).replace(/\D/g, '')}`,
  /** One planning run per hour. */
  'plan digests': (payload: JobPayloads['plan digests']) => `digests-${payload.requestedAt.slice(0, 13).replace(/\D/g, '')}`,
  /** One run per hour. */
  'ask about replies': (payload: JobPayloads['ask about replies']) =>
    `reply-questions-${payload.requestedAt.slice(0, 13).replace(/\D/g, '')}`,
  /** One probe per period, however many workers saw the relay fail. */
  'probe relay': (payload: JobPayloads['probe relay']) => `probe-relay-${payload.slot}`,
} satisfies { [Name in NotificationJobName]: (payload: JobPayloads[Name]) => string };

/** How many rows a 'send batch' job carries at most: the per-message database and Redis work is a fiftieth of a round trip. */
export const SEND_BATCH_SIZE = 50;

/** The id of the job that wakes a row: its batch's, or its own. */
export function sendJobIdOf(row: { id: string; sendBatchId?: string | null }): string {
  return row.sendBatchId ? jobIdOf['send batch']({ batchId: row.sendBatchId }) : jobIdOf['send message']({ outboxMessageId: row.id });
}
