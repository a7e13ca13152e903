import { Inject, Injectable } from '@nestjs/common';
import { ActionStatus } from '../../actions/action-vocabulary';
import { FindAction } from '../../actions/use-cases/find-action';
import { FindAppealDeadline } from '../../actions/use-cases/find-appeal-deadline';
import { Clock } from '../../common/clock';
import { MailConfig } from '../../config/mail.config';
import { SendingConfig } from '../../config/sending.config';
import { FaxGateway } from '../../fax/fax-gateway';
import { MailTransport } from '../../mail/mail-transport';
import { Metrics } from '../../metrics/metrics';
import { NotFound } from '../../platform/errors/domain-errors';
import { FindSection } from '../../sections/use-cases/find-section';
import { RecordAddressFailure } from '../../targets/use-cases/record-address-failure';
import { NoticeRenderer } from '../content/notice-renderer';
import { NotificationContent } from '../outbox/notification-content.entity';
import { ContentCache } from './content-cache';
import { DeliveryStatus, NotificationKind } from '../outbox/notification-vocabulary';
import { OutboxMessage } from '../outbox/outbox-message.entity';
import { personalisedMail } from './personalised-mail';
import { returnPathFor } from '../bounces/return-path';
import { classifyDeliveryFailure } from './delivery-failure';
import { faxOf } from './letter-fax';
import { retryUntil } from './retry-window';
import { ClaimedMessage, ClaimOutcome, OutboxLeasesRepository } from './outbox-leases.repository';
import { MailRate } from './mail-rate';
import { SendingRepository } from './sending.repository';
import { SendSlots } from './send-slots';
import { SmtpFailure } from './smtp-failure';
import { deliveryFailureClass } from './failure-class';

export type SendOutcome =
  | { result: 'sent' | 'not queued' | 'held' | 'cancelled' }
  /** Claimed with others, but not tried: the relay refused one of them, so trying the rest would only burn their tries. */
  | { result: 'not tried' }
  | { result: 'not due' | 'busy'; until: Date }
  | { result: 'failed'; failure: SmtpFailure; final: boolean };

const unclaimedOutcome = (claim: ClaimOutcome): SendOutcome => {
  if (claim.claimed) throw new Error('a claimed row has no outcome yet');
  return claim.result === 'not queued' ? { result: 'not queued' } : { result: claim.result, until: claim.until };
};

/**
 * Sends outbox rows: claims them with a lease (a batch in one statement), sends with no transaction open, settles
 * them. A duplicate job for the same row (e.g. after Redis lost its data) finds it leased or already sent instead of
 * sending it again. At most MAIL_CONCURRENCY messages are with the transport at once, however many jobs run.
 */
@Injectable()
export class MessageSender {
  constructor(
    private readonly outbox: SendingRepository,
    private readonly leases: OutboxLeasesRepository,
    private readonly transport: MailTransport,
    private readonly fax: FaxGateway,
    private readonly renderer: NoticeRenderer,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SendingConfig) private readonly sending: SendingConfig,
    @Inject(MailConfig) private readonly mail: MailConfig,
    private readonly metrics: Metrics,
    private readonly rate: MailRate,
    private readonly findAction: FindAction,
    private readonly findSection: FindSection,
    private readonly appealDeadline: FindAppealDeadline,
    private readonly addressFailure: RecordAddressFailure,
  ) {
    this.slots = new SendSlots(sending.concurrency);
  }

  private readonly slots: SendSlots;

  /** Content never changes once stored, and a fan-out shares a handful among thousands of messages. */
  private readonly contents = new ContentCache();

  async send(outboxMessageId: string, isLastAttempt: boolean): Promise<SendOutcome> {
    const [outcome] = await this.sendMany([outboxMessageId], isLastAttempt);
    return outcome;
  }

  /**
   * Sends rows together: one claim, then each claimed row through the pool as a slot frees, in groups the mail rate
   * allows at once. Leases of rows still waiting their turn are renewed, so a slow relay does not let another worker
   * take them. Answers each row's outcome, in the order given.
   */
  async sendMany(ids: readonly string[], isLastAttempt: boolean): Promise<SendOutcome[]> {
    const claims = await this.leases.claimMany(ids);
    const claimed = claims.flatMap((claim) => (claim.claimed ? [claim.claimed] : []));
    const waiting = new Set(claimed.map((message) => message.id));
    const renewal =
      claimed.length > 1
        ? setInterval(
            () => {
              this.leases.renew([...waiting]).catch(() => undefined);
            },
            Math.max(1000, this.sending.leaseMs / 3),
          )
        : null;
    const outcomes = new Map<string, SendOutcome>();
    let relayRefused = false;
    const turn = { go: () => !relayRefused, handed: (id: string) => waiting.delete(id) };
    try {
      for (let start = 0; start < claimed.length; start += this.rate.perWindow) {
        const group = claimed.slice(start, start + this.rate.perWindow);
        if (!relayRefused) await this.rate.take(group.length);
        const settled = await Promise.allSettled(
          group.map(async (message) => {
            const outcome = await this.sendClaimed(message, isLastAttempt, turn);
            if (outcome.result === 'failed' && outcome.failure.scope === 'relay') relayRefused = true;
            outcomes.set(message.id, outcome);
          }),
        );
        const failure = settled.find((result) => result.status === 'rejected');
        if (failure) throw failure.reason;
      }
    } finally {
      if (renewal) clearInterval(renewal);
      const untried = claimed.filter((message) => outcomes.get(message.id)?.result === 'not tried').map((message) => message.id);
      if (untried.length > 0) await this.leases.release(untried);
    }
    return claims.map((claim) => (claim.claimed ? (outcomes.get(claim.claimed.id) as SendOutcome) : unclaimedOutcome(claim)));
  }

  /**
   * `turn.go` is asked when the row's slot comes (whether to try it at all); `turn.handed` is told once the transport
   * has answered, so the row's lease needs no more renewing.
   */
  private async sendClaimed(
    message: ClaimedMessage,
    isLastAttempt: boolean,
    turn: { go: () => boolean; handed: (id: string) => void },
  ): Promise<SendOutcome> {
    const content = await this.contentOf(message);
    if (!content) {
      await this.leases.settleUnsent(message.id, DeliveryStatus.Cancelled, 'cancelled: the action is no longer published');
      return { result: 'cancelled' };
    }
    // The flag is on the target's email address: a fax to the same office still goes.
    if (!content.faxNumber && message.targetFlagged) {
      await this.leases.settleUnsent(
        message.id,
        DeliveryStatus.Held,
        'held: the target address failed permanently before; staff must clear it',
      );
      return { result: 'held' };
    }
    const from = { name: content.fromName ?? this.mail.fromName, address: this.mail.from };
    let sent: { messageId: string } | null;
    try {
      // Only the transport's part takes a slot: settling waits for the database, and the next message need not.
      sent = await this.slots.run(async () => {
        if (!turn.go()) return null;
        return content.faxNumber
          ? this.fax.send(faxOf(content, message.id))
          : this.transport.send(personalisedMail(message, content, from, returnPathFor(message.id, this.mail)));
      });
    } catch (error) {
      turn.handed(message.id);
      const failure = classifyDeliveryFailure(error);
      this.metrics.countDeliveryFailure(deliveryFailureClass(error, failure));
      const until = failure.permanent ? null : await retryUntil(message, this.sending, (actionId) => this.appealDeadline.execute(actionId));
      const expired = until !== null && this.clock.now().getTime() >= until.getTime();
      if (expired) failure.reason = `${failure.reason} (no more tries: it was worth sending until ${until.toISOString()})`.slice(0, 1000);
      const final = failure.permanent || isLastAttempt || expired;
      // Only the address itself failing says anything about the target: not a relay refusing us, not this message's
      // content. The flag first: whoever sees the row failed may rely on the target being flagged already.
      if (failure.scope === 'recipient' && message.targetId && !content.faxNumber) await this.flagTarget(message, failure.reason);
      await this.leases.settleFailed({ id: message.id, reason: failure.reason, final });
      return { result: 'failed', failure, final };
    }
    turn.handed(message.id);
    if (!sent) return { result: 'not tried' };
    // A letter's writer and a confirmation or sign-in link are kept only until they have gone: settling forgets them.
    await this.leases.settleSent({
      id: message.id,
      messageId: sent.messageId,
      appealRecordId: message.appealRecordId,
      contentId: content.id,
    });
    return { result: 'sent' };
  }

  private async flagTarget(message: OutboxMessage, reason: string): Promise<void> {
    const targetId = message.targetId as string;
    await this.outbox.withTransaction(async (manager) => {
      if (!(await this.addressFailure.execute(manager, targetId, message.recipient, reason, this.clock.now())))
        throw new Error(`Target ${targetId} of outbox message ${message.id} does not exist`);
    });
  }

  /** The stored content; a reminder is rendered when it is due, so it states the deadline as it is then. */
  private async contentOf(message: OutboxMessage): Promise<NotificationContent | null> {
    if (!message.contentId && message.kind === NotificationKind.DeadlineReminder) {
      // Both must exist: a reminder row is deleted with its action and with its section.
      const action = await this.findAction.execute(message.actionId as string);
      if (!action) throw NotFound.entity('Action', message.actionId as string);
      if (action.status !== ActionStatus.Published) return null;
      const section = await this.findSection.execute(message.sectionId as string);
      if (!section) throw NotFound.entity('Section', message.sectionId as string);
      const about = { kind: 'reminder', daysBefore: message.reminderDaysBefore ?? 0 } as const;
      message.contentId = await this.outbox.storeContentOf(message.id, `reminder:${message.id}`, () =>
        this.renderer.render(action, about, section.languages[0] ?? 'en', section.timeZone),
      );
    }
    const content = message.contentId ? await this.contents.get(message.contentId, (id) => this.outbox.content(id)) : null;
    if (!content) throw new Error(`Outbox message ${message.id} (${message.kind}) has no content to send`);
    return content;
  }
}
