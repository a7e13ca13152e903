import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DelayedError, Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { DigestPlanner } from '../digest/digest-planner';
import { FanoutProcessor } from '../fanout/fanout.processor';
import { NotificationFanout } from '../outbox/notification-fanout.entity';
import { JobPayloads, NotificationJobName } from '../queues/notification-queues';
import { OutboxReconciler } from '../reconcile/outbox-reconciler';
import { MessageSender } from '../sending/message-sender';
import { RelayProbe } from '../relay/relay-probe';
import { RelayStatus } from '../relay/relay-status';

const isLastAttempt = (job: Job) => job.attemptsMade + 1 >= (job.opts.attempts ?? 1);

/** One handler per job name; the mapped type makes a missing handler a compile error. */
@Injectable()
export class JobHandlers {
  constructor(
    private readonly sender: MessageSender,
    private readonly fanouts: FanoutProcessor,
    private readonly reconciler: OutboxReconciler,
    private readonly digests: DigestPlanner,
    private readonly relay: RelayStatus,
    private readonly relayProbe: RelayProbe,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  readonly handlers: { [Name in NotificationJobName]: (job: Job<JobPayloads[Name]>, token?: string) => Promise<unknown> } = {
    'send message': (job, token) => this.sendMessage(job, token),
    'fan out': (job) => this.fanOut(job),
    'reconcile outbox': () => this.reconciler.pass(),
    'plan digests': () => this.digests.planDue(),
    'probe relay': () => this.relayProbe.probe(),
  };

  async handle(job: Job, token?: string): Promise<unknown> {
    const handler = this.handlers[job.name as NotificationJobName] as ((job: Job, token?: string) => Promise<unknown>) | undefined;
    if (!handler) throw new UnrecoverableError(`No handler for job "${job.name}"`);
    return handler(job, token);
  }

  private async sendMessage(job: Job<JobPayloads['send message']>, token?: string): Promise<string> {
    const outcome = await this.sender.send(job.data.outboxMessageId, isLastAttempt(job));
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

  private async fanOut(job: Job<JobPayloads['fan out']>): Promise<void> {
    try {
      await this.fanouts.run(job.data.fanoutId);
    } catch (error) {
      // The fan-out stays pending, so the reconciler runs it again from its cursor; staff see why it stopped.
      if (isLastAttempt(job)) {
        await this.dataSource.getRepository(NotificationFanout).update(job.data.fanoutId, {
          lastError: error instanceof Error ? error.message : String(error),
        });
      }
      throw error;
    }
  }
}
