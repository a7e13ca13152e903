import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock';
import { SendingConfig } from '../../config/sending.config';
import { MailTransport } from '../../mail/mail-transport';
import { NotificationQueue } from '../queues/notification-queues';
import { NotificationQueues } from '../queues/notification-queues.service';
import { classifyDeliveryFailure } from '../sending/delivery-failure';
import { MessageSender } from '../sending/message-sender';
import { OutboxLeasesRepository } from '../sending/outbox-leases.repository';
import { RelayStatus } from './relay-status';

/**
 * When the relay itself refuses us (connection, greeting, 421, login, sender), every message would fail the same way:
 * the send queue is paused for every worker, so no message burns its tries, and one message is tried every
 * RELAY_PROBE_MS. The first the relay takes (or one it refuses for a reason of its own) resumes sending.
 */
@Injectable()
export class RelayProbe {
  private readonly logger = new Logger('MailRelay');

  constructor(
    private readonly leases: OutboxLeasesRepository,
    private readonly queues: NotificationQueues,
    private readonly sender: MessageSender,
    private readonly transport: MailTransport,
    private readonly relay: RelayStatus,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SendingConfig) private readonly sending: SendingConfig,
  ) {}

  async pauseSending(problem: string): Promise<void> {
    await this.relay.failed(problem);
    const queue = this.queues.queue(NotificationQueue.Send);
    if (!(await queue.isPaused())) {
      await queue.pause();
      this.logger.warn(`Sending paused until the relay answers again; trying one message every ${this.sending.relayProbeMs} ms`);
    }
    await this.scheduleProbe();
  }

  async probe(): Promise<void> {
    const now = this.clock.now();
    const due = await this.leases.oldestDueUnleased(now);
    const problem = due ? await this.tryMessage(due) : await this.tryConnection();
    if (problem) {
      await this.relay.failed(problem);
      await this.scheduleProbe();
      return;
    }
    await this.relay.accepted(true);
    await this.queues.queue(NotificationQueue.Send).resume();
    this.logger.log('The relay answers again: sending resumed');
  }

  /** The relay's problem if it refused the message for a reason of its own, else null (sent, or refused for the message's). */
  private async tryMessage(id: string): Promise<string | null> {
    const outcome = await this.sender.send(id, false);
    return outcome.result === 'failed' && outcome.failure.scope === 'relay' ? outcome.failure.reason : null;
  }

  private async tryConnection(): Promise<string | null> {
    try {
      await this.transport.verify();
      return null;
    } catch (error) {
      const failure = classifyDeliveryFailure(error);
      return failure.scope === 'relay' ? failure.reason : null;
    }
  }

  private async scheduleProbe(): Promise<void> {
    const period = this.sending.relayProbeMs;
    const slot = Math.ceil((Date.now() + period) / period);
    await this.queues.enqueue('probe relay', { slot }, slot * period - Date.now());
  }
}
