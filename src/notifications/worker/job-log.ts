import type { Logger } from '@nestjs/common';
import type { Job, Worker } from 'bullmq';
import type { LoggingConfig } from '../../config/logging.config';
import { logFields } from '../../logging/app-logger';
import { withoutPersonalData } from '../../logging/personal-data-scrub';

/** The ids a job's payload carries (payloads hold ids, never records): outboxMessageId, fanoutId. */
function payloadIds(job: Job): Record<string, string> {
  const data = (job.data ?? {}) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(data).filter(([key, value]) => key.endsWith('Id') && typeof value === 'string')) as Record<
    string,
    string
  >;
}

/**
 * A worker line per finished job (debug) and per failed attempt (log; warn once it is final), with the queue, the
 * job id and the outbox row or fan-out id as fields in JSON mode. A failure's reason may quote the recipient's
 * address (an SMTP reply does), so it is scrubbed here, whatever the log format.
 */
export function logJobOutcomes(worker: Worker, logger: Logger, logging: LoggingConfig): void {
  const fields = (job: Job) => ({ queue: worker.name, job: job.name, jobId: job.id, ...payloadIds(job), attempt: job.attemptsMade });
  const ids = (job: Job) =>
    Object.entries({ job: job.id, ...payloadIds(job) })
      .map(([key, value]) => `${key} ${value}`)
      .join(', ');
  worker.on('completed', (job, result) => {
    const durationMs = job.finishedOn && job.processedOn ? job.finishedOn - job.processedOn : undefined;
    logger.debug(
      logFields(logging, `${worker.name} ${job.name}: ${String(result ?? 'done')} (${ids(job)})`, { ...fields(job), result, durationMs }),
    );
  });
  worker.on('failed', (job, error) => {
    if (!job) return;
    const final = job.attemptsMade >= (job.opts.attempts ?? 1) || error.name === 'UnrecoverableError';
    const reason = withoutPersonalData(error.message);
    const line = logFields(
      logging,
      `${worker.name} ${job.name} ${final ? 'failed for good' : 'failed, will retry'}: ${reason} (${ids(job)})`,
      { ...fields(job), final, reason },
    );
    if (final) logger.warn(line);
    else logger.log(line);
  });
}
