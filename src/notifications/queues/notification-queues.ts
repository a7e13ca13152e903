/** Every notification queue and job, with its payload, named in this one place. Payloads carry ids, not records. */

export const NotificationQueue = {
  /** One job per outbox row: talk to SMTP. Rate-limited per SMTP server; the only job that retries on mail errors. */
  Send: 'notification-send',
  /** One job per fan-out: writes the audience's outbox rows page by page and queues their sends. */
  Fanout: 'notification-fanout',
  /** The reconciler pass the scheduler asks for every minute, and the hourly summaries. */
  Maintenance: 'notification-maintenance',
} as const;
export type NotificationQueueName = (typeof NotificationQueue)[keyof typeof NotificationQueue];

export interface JobPayloads {
  'send message': { outboxMessageId: string };
  'fan out': { fanoutId: string };
  'reconcile outbox': { requestedAt: string };
  'plan digests': { requestedAt: string };
  /** While the relay refuses us: try one message (or a connection) to see whether it is back. `slot`: when, in probe periods. */
  'probe relay': { slot: number };
}
export type NotificationJobName = keyof JobPayloads;

/** Which queue each job goes to. */
export const queueOfJob: { [Name in NotificationJobName]: NotificationQueueName } = {
  'send message': NotificationQueue.Send,
  'fan out': NotificationQueue.Fanout,
  'reconcile outbox': NotificationQueue.Maintenance,
  'plan digests': NotificationQueue.Maintenance,
  'probe relay': NotificationQueue.Maintenance,
};

/**
 * Job ids come from the row, so adding the same job twice is a no-op while it waits, and a re-queue after Redis
 * lost its data finds nothing to clash with. (BullMQ refuses ':' in custom ids.)
 */
export const jobIdOf = {
  'send message': (payload: JobPayloads['send message']) => `send-${payload.outboxMessageId}`,
  'fan out': (payload: JobPayloads['fan out']) => `fanout-${payload.fanoutId}`,
  /** One pass per minute, however many schedulers ask for it. */
  'reconcile outbox': (payload: JobPayloads['reconcile outbox']) => `reconcile-${payload.requestedAt.slice(0, 16).replace(/\D/g, '')}`,
  /** One planning run per hour. */
  'plan digests': (payload: JobPayloads['plan digests']) => `digests-${payload.requestedAt.slice(0, 13).replace(/\D/g, '')}`,
  /** One probe per period, however many workers saw the relay fail. */
  'probe relay': (payload: JobPayloads['probe relay']) => `probe-relay-${payload.slot}`,
} satisfies { [Name in NotificationJobName]: (payload: JobPayloads[Name]) => string };
