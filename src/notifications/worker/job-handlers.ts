import { Inject, Injectable, Logger } from '@nestjs/common';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { Clock } from '../../common/clock';
import { SendingConfig } from '../../config/sending.config';
import { withoutPersonalData } from '../../logging/personal-data-scrub';
import { DigestPlanner } from '../digest/digest-planner';
import { FanoutProcessor } from '../fanout/fanout.processor';
import { JobPayloads, NotificationJobName } from '../queues/notification-queues';
import { NotificationQueues, SoloSend } from '../queues/notification-queues.service';
import { cappedBackoff } from '../queues/queue-settings';
import { OutboxLeasesRepository } from '../sending/outbox-leases.repository';
import { OutboxReconciler } from '../reconcile/outbox-reconciler';
import { MessageSender, SendOutcome } from '../sending/message-sender';
import { RelayProbe } from '../relay/relay-probe';
import { RelayStatus } from '../relay/relay-status';
import { AskWritersAboutReplies } from '../../replies/use-cases/ask-writers-about-replies';
import { FanoutErrorsRepository } from './fanout-errors.repository';

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** One handler per job name; the mapped type makes a missing handler a compile error. */
@Injectable()
export class JobHandlers {
  private readonly logger = new Logger('JobHandlers');

  constructor(
    private readonly sender: MessageSender,
    private readonly fanouts: FanoutProcessor,
    private readonly reconciler: OutboxReconciler,
    private readonly digests: DigestPlanner,
    private readonly relay: RelayStatus,
    private readonly relayProbe: RelayProbe,
    private readonly fanoutErrors: FanoutErrorsRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SendingConfig) private readonly sending: SendingConfig,
    private readonly leases: OutboxLeasesRepository,
    private readonly queues: NotificationQueues,
    private readonly replyQuestions: AskWritersAboutReplies,
  ) {}

  readonly handlers: { [Name in NotificationJobName]: (job: Job<JobPayloads[Name]>, token?: string) => Promise<unknown> } = {
    'send message': (job, token) => this.sendMessage(job, token),
    'send batch': (job) => this.sendBatch(job),
    'fan out': (job) => this.fanOut(job),
    'reconcile outbox': () => this.reconciler.pass(),
    'plan digests': () => this.digests.planDue(),
    'ask about replies': () => this.replyQuestions.run(),
    'probe relay': () => this.relayProbe.probe(),
  };

  async handle(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlers[job.name as NotificationJobName] as ((job: Job, token?: string) => Promise<unknown>) | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    return handler(job, token);
  }

  private async sendMessage(job: Job<JobPayloads['send message']>, token?: string): Promise<string> {
    const outcome = await this.sender.send(job.data.outboxMessageId, isLastAttempt(job));
    if (outcome.result === 'not tried') throw new Error('not tried: another message of its batch found the relay refusing us');
    if (outcome.result === 'not due' || outcome.result === 'busy') {
      // Came early (the row was rescheduled later after this job was made), or another worker holds the row:
      // come back when it is due, or when that worker's lease runs out (if it crashed, the row is sent then).
      await job.moveToDelayed(Date.now() + Math.max(0, outcome.until.getTime() - this.clock.now().getTime()) + 10, token);
      throw new DelayedError();
    }
    if (outcome.result === 'sent') await this.relay.accepted();
    if (outcome.result === 'failed') {
      if (outcome.failure.scope === 'relay') await this.relayProbe.pauseSending(outcome.failure.reason);
      if (outcome.final) throw new UnrecoverableError(outcome.failure.reason);
      throw new Error(outcome.failure.reason);
    }
    return outcome.result;
  }

  /**
   * A batch is tried once. The rows it could not send go on alone, each in a job of its own (the row first, so the
   * reconciler looks for that job): a failure for now after the backoff, with the attempts left; a row not due or
   * held by another worker when it is due or free. Failures for good are on their rows, and logged here.
   */
  private async sendBatch(job: Job<JobPayloads['send batch']>): Promise<string> {
    const ids = job.data.outboxMessageIds;
    const outcomes = await this.sender.sendMany(ids, isLastAttempt(job));
    const alone: SoloSend[] = [];
    const failedForGood: string[] = [];
    let relayProblem: string | null = null;
    const now = this.clock.now().getTime();
    outcomes.forEach((outcome: SendOutcome, index) => {
      const id = ids[index];
      if (outcome.result === 'not due' || outcome.result === 'busy') alone.push({ id, delayMs: outcome.until.getTime() - now + 10 });
      // Queued while sending is paused: it goes when the relay takes mail again.
      if (outcome.result === 'not tried') alone.push({ id, delayMs: 0 });
      if (outcome.result !== 'failed') return;
      if (outcome.failure.scope === 'relay') relayProblem ??= outcome.failure.reason;
      if (outcome.final) failedForGood.push(`${id}: ${withoutPersonalData(outcome.failure.reason)}`);
      else
        alone.push({
          id,
          delayMs: cappedBackoff(this.sending)(job.attemptsMade + 1),
          attempts: Math.max(1, (job.opts.attempts ?? 1) - job.attemptsMade - 1),
        });
    });
    if (outcomes.some((outcome) => outcome.result === 'sent')) await this.relay.accepted();
    if (relayProblem) await this.relayProbe.pauseSending(relayProblem);
    if (alone.length > 0) {
      await this.leases.leaveBatch(alone.map((send) => send.id));
      await this.queues.sendAlone(alone);
    }
    if (failedForGood.length > 0)
      this.logger.warn(`send batch ${job.data.batchId}: ${failedForGood.length} failed for good (${failedForGood.join('; ')})`);
    const sent = outcomes.filter((outcome) => outcome.result === 'sent').length;
    return `${sent} of ${ids.length} sent, ${failedForGood.length} failed for good, ${alone.length} go on alone`;
  }

  private async fanOut(job: Job<JobPayloads['fan out']>): Promise<void> {
    try {
      await this.fanouts.run(job.data.fanoutId);
    } catch (error) {
      // The fan-out stays pending, so the reconciler runs it again from its cursor; staff see why it stopped.
      if (isLastAttempt(job)) {
        await this.fanoutErrors.record(job.data.fanoutId, error instanceof Error ? error.message : String(error));
      }
      throw error;
    }
  }
}
