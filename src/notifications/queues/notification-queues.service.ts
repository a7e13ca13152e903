import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { Queue } from 'bullmq';
import { RedisConfig } from '../../config/redis.config';
import { SendingConfig } from '../../config/sending.config';
import { RedisConnection } from '../../redis/redis.module';
import {
  JobPayloads,
  jobIdOf,
  NotificationJobName,
  NotificationQueue,
  NotificationQueueName,
  queueOfJob,
  sendJobIdOf,
} from './notification-queues';
import { defaultJobOptions, producerRedisOptions } from './queue-settings';

export interface DueMessage {
  id: string;
  dueAt: Date;
  /** Set for a fan-out's rows: woken by their batch's job rather than one each. */
  sendBatchId?: string | null;
}

/** A row going on in a job of its own: after `delayMs`, with this many attempts left. */
export interface SoloSend {
  id: string;
  delayMs: number;
  attempts?: number;
}

const SEND_BATCH = 500;

/** The producer: the only way jobs get into the notification queues. */
@Injectable()
export class NotificationQueues implements OnApplicationShutdown {
  private readonly logger = new Logger('NotificationQueues');
  private readonly queues: Map<NotificationQueueName, Queue>;
  private lastConnectionError = { message: '', at: 0 };

  constructor(
    @Inject(RedisConfig) redisConfig: RedisConfig,
    @Inject(SendingConfig) sending: SendingConfig,
    private readonly redis: RedisConnection,
  ) {
    const options = {
      connection: producerRedisOptions(redisConfig),
      prefix: redisConfig.keyPrefix,
      defaultJobOptions: defaultJobOptions(sending),
    };
    this.queues = new Map(
      Object.values(NotificationQueue).map((name) => {
        const queue = new Queue(name, options);
        queue.on('error', (error) => this.connectionFailed(error));
        return [name, queue];
      }),
    );
  }

  /** Said once a minute, not once a second while Redis stays away. */
  private connectionFailed(error: Error): void {
    const now = Date.now();
    if (error.message === this.lastConnectionError.message && now - this.lastConnectionError.at < 60_000) return;
    this.lastConnectionError = { message: error.message, at: now };
    this.logger.warn(`Redis for the notification queues: ${error.message}; requests go on, the reconciler queues what waits`);
  }

  queue(name: NotificationQueueName): Queue {
    return this.queues.get(name) as Queue;
  }

  all(): Queue[] {
    return [...this.queues.values()];
  }

  /** Adds the job unless one with its id exists (add(), not addBulk(), because we rely on that). */
  async enqueue<Name extends NotificationJobName>(name: Name, payload: JobPayloads[Name], delayMs = 0, attempts?: number): Promise<void> {
    const jobId = (jobIdOf[name] as (payload: JobPayloads[Name]) => string)(payload);
    await this.queue(queueOfJob[name]).add(name, payload, { jobId, delay: Math.max(0, delayMs), ...(attempts ? { attempts } : {}) });
  }

  /**
   * Wakes rows, delayed until due by `now`: a job per batch for rows that carry one (delayed until the last of them is
   * due), a job per row for the others; added in pipelined batches. addBulk runs the same add script per job as add(),
   * so a job whose id exists is still left alone.
   */
  async sendMessages(messages: DueMessage[], now: Date): Promise<void> {
    const batches = new Map<string, DueMessage[]>();
    const jobs: { name: NotificationJobName; data: object; opts: { jobId: string; delay: number; attempts?: number } }[] = [];
    const delayOf = (dueAt: Date) => Math.max(0, dueAt.getTime() - now.getTime());
    for (const message of messages) {
      if (message.sendBatchId) {
        const batch = batches.get(message.sendBatchId);
        if (batch) batch.push(message);
        else batches.set(message.sendBatchId, [message]);
      } else
        jobs.push({
          name: 'send message',
          data: { outboxMessageId: message.id },
          opts: { jobId: sendJobIdOf(message), delay: delayOf(message.dueAt) },
        });
    }
    for (const [batchId, rows] of batches) {
      const last = new Date(Math.max(...rows.map((row) => row.dueAt.getTime())));
      const data: JobPayloads['send batch'] = { batchId, outboxMessageIds: rows.map((row) => row.id) };
      jobs.push({ name: 'send batch', data, opts: { jobId: jobIdOf['send batch'](data), delay: delayOf(last) } });
    }
    await this.addSends(jobs);
  }

  /** Rows a batch could not send now, each in a job of its own (their rows no longer name the batch). */
  async sendAlone(sends: SoloSend[]): Promise<void> {
    await this.addSends(
      sends.map((send) => ({
        name: 'send message' as const,
        data: { outboxMessageId: send.id },
        opts: {
          jobId: jobIdOf['send message']({ outboxMessageId: send.id }),
          delay: Math.max(0, send.delayMs),
          ...(send.attempts ? { attempts: send.attempts } : {}),
        },
      })),
    );
  }

  private async addSends(
    jobs: { name: NotificationJobName; data: object; opts: { jobId: string; delay: number; attempts?: number } }[],
  ): Promise<void> {
    const queue = this.queue(NotificationQueue.Send);
    for (let start = 0; start < jobs.length; start += SEND_BATCH) await queue.addBulk(jobs.slice(start, start + SEND_BATCH));
  }

  /** Removes waiting or delayed send jobs; an active one finishes and finds its row cancelled. */
  async removeSendJobs(outboxMessageIds: string[]): Promise<void> {
    const queue = this.queue(NotificationQueue.Send);
    await Promise.all(outboxMessageIds.map((id) => queue.remove(jobIdOf['send message']({ outboxMessageId: id }))));
  }

  /** Of these rows (each woken by a job of its own), those whose send job will not run; see deadSendJobs. */
  async withoutLiveSendJob(outboxMessageIds: string[]): Promise<string[]> {
    const dead = new Set(await this.deadSendJobs(outboxMessageIds.map((id) => jobIdOf['send message']({ outboxMessageId: id }))));
    return outboxMessageIds.filter((id) => dead.has(jobIdOf['send message']({ outboxMessageId: id })));
  }

  /**
   * Of these send job ids, those that will not run: Redis holds none, or one that already finished (failed for good
   * while its rows stayed queued, e.g. PostgreSQL was down through every attempt, or it stalled twice). Finished jobs
   * are removed, so that adding the job again is not a no-op.
   */
  async deadSendJobs(jobIds: string[]): Promise<string[]> {
    if (jobIds.length === 0) return [];
    const queue = this.queue(NotificationQueue.Send);
    const pipeline = this.redis.client.pipeline();
    for (const jobId of jobIds) pipeline.hmget(queue.toKey(jobId), 'timestamp', 'finishedOn').exists(queue.toKey(jobId));
    const answers = (await pipeline.exec()) ?? [];
    const dead: string[] = [];
    const finished: string[] = [];
    jobIds.forEach((id, index) => {
      const [[fieldsError, fields], [existsError, exists]] = [
        answers[2 * index] ?? [null, [null, null]],
        answers[2 * index + 1] ?? [null, 0],
      ];
      if (fieldsError || existsError) throw fieldsError ?? existsError;
      const [created, finishedOn] = fields as (string | null)[];
      // A worker finishing a job whose keys were deleted (Redis lost its data) leaves a partial hash behind: no
      // creation time, yet it exists, and adding the job again would be a no-op while it does.
      if (finishedOn !== null || (created === null && exists === 1)) finished.push(id);
      else if (created === null) dead.push(id);
    });
    await Promise.all(finished.map((id) => queue.remove(id)));
    return [...dead, ...finished];
  }

  /**
   * Of these send jobs (that exist), those in no state at all: Redis lost part of its data (a wait list but not the job
   * itself, as when keys go while a job is added), so no worker will ever take them. Their keys are removed, so the
   * reconciler may make them again.
   */
  async orphanedSendJobs(jobIds: string[]): Promise<string[]> {
    const queue = this.queue(NotificationQueue.Send);
    const orphaned: string[] = [];
    for (const jobId of jobIds) {
      if ((await queue.getJobState(jobId)) !== 'unknown') continue;
      await this.redis.client.del(queue.toKey(jobId));
      orphaned.push(jobId);
    }
    return orphaned;
  }

  /** Whether a job with this id waits, is delayed or runs; a failed or completed one is removed so it can be added again. */
  async hasLiveJob(name: NotificationQueueName, jobId: string): Promise<boolean> {
    const job = await this.queue(name).getJob(jobId);
    if (!job) return false;
    const state = await job.getState();
    if (state !== 'failed' && state !== 'completed' && state !== 'unknown') return true;
    await this.queue(name).remove(jobId);
    return false;
  }

  /** Moves send jobs (by id) still delayed (e.g. the clock jumped, or the row was rescheduled earlier) to run now. */
  async promoteDelayedSends(jobIds: string[]): Promise<number> {
    if (jobIds.length === 0) return 0;
    const queue = this.queue(NotificationQueue.Send);
    const pipeline = this.redis.client.pipeline();
    for (const jobId of jobIds) pipeline.zscore(queue.toKey('delayed'), jobId);
    const answers = (await pipeline.exec()) ?? [];
    const delayed = jobIds.filter((_, index) => answers[index]?.[1] !== null && answers[index]?.[1] !== undefined);
    for (const jobId of delayed) {
      const job = await queue.getJob(jobId);
      await job?.promote().catch((error: Error) => {
        // It left the delayed set between our look and the promotion: it is running already.
        if (!/not in the delayed state|Missing key/i.test(error.message)) throw error;
      });
    }
    return delayed.length;
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.all().map((queue) => queue.close()));
  }
}
