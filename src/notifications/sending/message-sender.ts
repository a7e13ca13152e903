import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ActionStatus } from '../../actions/action-vocabulary';
import { UrgentAction } from '../../actions/urgent-action.entity';
import { Clock } from '../../common/clock';
import { Environment } from '../../config/environment';
import { FaxGateway } from '../../fax/fax-gateway';
import { MailTransport } from '../../mail/mail-transport';
import { Metrics } from '../../metrics/metrics';
import { Section } from '../../sections/section.entity';
import { AppealRecord } from '../../supporters/appeal-record.entity';
import { Target } from '../../targets/target.entity';
import { afterPermanentFailure } from '../../targets/target-record';
import { NoticeRenderer } from '../content/notice-renderer';
import { holdForEmbargo } from '../embargo/hold-for-embargo';
import { storeContent } from '../content/notification-contents';
import { forgetLetterWriters } from '../outbox/forget-letter-writers';
import { NotificationContent } from '../outbox/notification-content.entity';
import { ContentCache } from './content-cache';
import { DeliveryStatus, NotificationKind } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { personalisedMail } from './personalised-mail';
import { classifyDeliveryFailure } from './delivery-failure';
import { faxOf } from './letter-fax';
import { SmtpFailure } from './smtp-failure';
import { deliveryFailureClass } from './failure-class';

export type SendOutcome =
  | { result: 'sent' | 'not queued' | 'busy' | 'held' | 'cancelled' }
  | { result: 'not due'; dueAt: Date }
  | { result: 'failed'; failure: SmtpFailure; final: boolean };

/**
 * Sends one outbox row. The row is locked (SKIP LOCKED) while SMTP answers, so a duplicate job for the same row,
 * e.g. after Redis lost its data, finds it busy or already sent instead of sending it again.
 */
@Injectable()
export class MessageSender {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly fax: FaxGateway,
    private readonly renderer: NoticeRenderer,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Environment) private readonly environment: Environment,
    private readonly metrics: Metrics,
  ) {}

  /** Content never changes once stored, and a fan-out shares a handful among thousands of messages. */
  private readonly contents = new ContentCache();

  send(outboxMessageId: string, isLastAttempt: boolean): Promise<SendOutcome> {
    return this.dataSource.transaction(async (manager) => {
      // Plain SQL: this runs once per message, and the query builder's cost showed in the fan-out bench.
      const [message]: OutboxMessage[] = await manager.query(
        'SELECT * FROM notification_outbox WHERE "id" = $1 FOR UPDATE SKIP LOCKED', [outboxMessageId]);
      if (!message) return { result: 'busy' };
      if (message.status !== DeliveryStatus.Queued) return { result: 'not queued' };
      const now = this.clock.now();
      if (message.dueAt.getTime() > now.getTime()) return { result: 'not due', dueAt: message.dueAt };
      const embargoLifts = await holdForEmbargo(manager, message, now);
      if (embargoLifts) return { result: 'not due', dueAt: embargoLifts };
      const content = await this.contentOf(manager, message);
      if (!content) {
        await manager.update(OutboxMessage, message.id, { status: DeliveryStatus.Cancelled, settledAt: now, lastError: 'cancelled: the action is no longer published' });
        return { result: 'cancelled' };
      }
      // The flag is on the target's email address: a fax to the same office still goes.
      if (!content.faxNumber && await this.targetIsFlagged(manager, message)) {
        await manager.update(OutboxMessage, message.id, { status: DeliveryStatus.Held, lastError: 'held: the target address failed permanently before; staff must clear it' });
        return { result: 'held' };
      }
      const from = { name: content.fromName ?? this.environment.ORGANISATION_NAME, address: this.environment.MAIL_FROM };
      try {
        const sent = content.faxNumber ? await this.fax.send(faxOf(content)) : await this.transport.send(personalisedMail(message, content, from));
        await manager.query(
          `UPDATE notification_outbox SET "status" = $2, "attempts" = "attempts" + 1, "messageId" = $3, "lastError" = NULL, "settledAt" = $4, "updatedAt" = now()
           WHERE "id" = $1`, [message.id, DeliveryStatus.Sent, sent.messageId, this.clock.now()]);
        if (message.appealRecordId) await manager.update(AppealRecord, message.appealRecordId, { messageId: sent.messageId });
        // A letter's writer (name, city, own paragraph, reply-to, a fax's PDF) is kept only until it has gone.
        if (message.kind === NotificationKind.TargetMessage) await forgetLetterWriters(manager, [content.id]);
        return { result: 'sent' };
      } catch (error) {
        const failure = classifyDeliveryFailure(error);
        this.metrics.countDeliveryFailure(deliveryFailureClass(error, failure));
        const final = failure.permanent || isLastAttempt;
        await manager.update(OutboxMessage, message.id, {
          attempts: message.attempts + 1, lastError: failure.reason,
          ...(final ? { status: DeliveryStatus.Failed, settledAt: this.clock.now() } : {}),
        });
        // Only the address itself failing says anything about the target: not a relay refusing us, not this message's content.
        if (failure.scope === 'recipient' && message.targetId && !content.faxNumber) {
          const target = await manager.findOneByOrFail(Target, { id: message.targetId });
          await manager.update(Target, message.targetId, afterPermanentFailure(target, message.recipient, failure.reason, this.clock.now()));
        }
        return { result: 'failed', failure, final };
      }
    });
  }

  private async targetIsFlagged(manager: EntityManager, message: OutboxMessage): Promise<boolean> {
    if (!message.targetId) return false;
    const target = await manager.findOne(Target, { select: { id: true, emailUndeliverableAt: true }, where: { id: message.targetId } });
    return Boolean(target?.emailUndeliverableAt);
  }

  /** The stored content; a reminder is rendered when it is due, so it states the deadline as it is then. */
  private async contentOf(manager: EntityManager, message: OutboxMessage): Promise<NotificationContent | null> {
    if (!message.contentId && message.kind === NotificationKind.DeadlineReminder) {
      const action = await manager.findOneByOrFail(UrgentAction, { id: message.actionId as string });
      if (action.status !== ActionStatus.Published) return null;
      const section = await manager.findOneByOrFail(Section, { id: message.sectionId as string });
      const about = { kind: 'reminder', daysBefore: message.reminderDaysBefore ?? 0 } as const;
      message.contentId = await storeContent(manager, `reminder:${message.id}`,
        () => this.renderer.render(action, about, section.languages[0] ?? 'en', section.timeZone));
      await manager.update(OutboxMessage, message.id, { contentId: message.contentId });
    }
    const content = message.contentId ? await this.contents.get(manager, message.contentId) : null;
    if (!content) throw new Error(`Outbox message ${message.id} (${message.kind}) has no content to send`);
    return content;
  }
}
