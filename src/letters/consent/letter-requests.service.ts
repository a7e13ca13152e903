import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { Gone } from '../../platform/errors/domain-errors';
import { refusalOf } from '../../platform/errors/refusal';
import { LettersConfig } from '../../config/letters.config';
import type { DueMessage } from '../../notifications/queues/notification-queues.service';
import { TargetMessages } from '../../notifications/sending/target-messages';
import { AppealChannel } from '../../supporters/appeal-channel';
import type { SupporterRecord } from '../../supporters/supporter-read-model';
import { LetterDelivery, PreparedLetter } from '../delivery/letter-delivery.service';
import type { SendLetterDto } from '../dto/send-letter.dto';
import { assertUnderAddressCap, ipCapReached } from './daily-caps';
import { IpCapReservation, IpDailyCaps } from './ip-daily-caps';
import { WriterKeys } from '../delivery/writer-keys';
import type { LetterRequest } from './letter-request.entity';
import { LetterRequestStatus } from './letter-request-status';
import { LetterRequestsRepository } from './letter-requests.repository';
import { normaliseWriterEmail } from './writer-email';
import type { WriterConfirmation } from './writer-confirmation.entity';
import { WriterConfirmations } from './writer-confirmations';

/** What a writer is told about a letter they asked the system to send. */
export interface LetterRequestReceipt {
  letterRequestId: string;
  status: LetterRequestStatus;
  actionId: string;
  targetId: string;
  channel: AppealChannel;
  /** The appeal it counts as: null until the writer confirms. */
  appealRecordId: string | null;
  language: string | null;
  /** The sent letter's Message-ID or fax id; null until it has gone. */
  messageId: string | null;
  /** When it was confirmed: the appeal counts from then. */
  sentAt: Date | null;
  /** When it will go, paced per target (a fax inside the office's hours); null until confirmed. */
  dueAt: Date | null;
  /** While it awaits confirmation: where the link went and until when it works. */
  confirmation: { sentTo: string; expiresAt: Date } | null;
  /** This writer asked for this letter before: this is that request, not a second letter. */
  repeated: boolean;
  cancelReason: string | null;
}

/** A letter as the confirmation page lists it: to whom, about what, signed how. */
export interface DescribedLetter extends LetterRequestReceipt {
  actionTitle: string;
  actionReference: string | null;
  targetName: string;
  /** The name the letter is signed with, while it waits. */
  signedAs: string | null;
}

/** Who asked, as far as the request shows. */
export interface Requester {
  supporter: SupporterRecord | null;
  ip: string | null;
  /** The language of the page they wrote on: the confirmation mail's. */
  language?: string;
}

/**
 * Letters the system sends in a writer's name go only with that writer's consent: a request waits, neither counted
 * nor paced, until the writer opens the link mailed to their address (a signed-in supporter writing from their
 * confirmed address has shown it already). One request per writer, target and action; daily caps per address and IP.
 */
@Injectable()
export class LetterRequests {
  constructor(
    private readonly delivery: LetterDelivery,
    private readonly confirmations: WriterConfirmations,
    private readonly targetMessages: TargetMessages,
    private readonly ipCaps: IpDailyCaps,
    private readonly keys: WriterKeys,
    private readonly repository: LetterRequestsRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly limits: LettersConfig,
  ) {}

  async send(actionId: string, input: SendLetterDto, requester: Requester): Promise<LetterRequestReceipt> {
    const checked = await this.delivery.check(actionId, input);
    const writerEmail = normaliseWriterEmail(input.email);
    const { supporter } = requester;
    const consented = Boolean(supporter?.confirmedAt && normaliseWriterEmail(supporter.email) === writerEmail);
    // Only a letter that goes at once is composed now (before the transaction: a fax's PDF takes a while).
    const prepared = consented ? await this.delivery.compose(checked, input) : null;
    let counted: IpCapReservation | null = null;
    let written: { request: LetterRequest; confirmation?: WriterConfirmation; wake: DueMessage[]; repeated: boolean };
    try {
      written = await this.repository.withTransaction(async (manager) => {
        await this.repository.lockWriter(manager, writerEmail);
        const now = this.clock.now();
        const letter = { actionId: checked.action.id, targetId: checked.link.target.id, writerEmail };
        const writer = await this.repository.writerState(manager, letter, now);
        if (writer.standing) return { request: writer.standing, wake: [], repeated: true };
        assertUnderAddressCap(writerEmail, writer.askedToday, this.limits.perAddressPerDay);
        if (requester.ip) counted = await this.ipCapFor(manager, requester.ip, now);
        // The writer's consent is asked first, so the request is written once, naming it.
        const asked = prepared ? null : await this.confirmations.openFor(manager, writerEmail, writer.openConfirmation, requester.language);
        const fields = {
          sectionId: checked.link.section?.id ?? input.section ?? null,
          channel: input.channel,
          writerEmail,
          requesterIp: requester.ip,
          supporterId: supporter?.id ?? null,
          status: LetterRequestStatus.AwaitingConfirmation,
          confirmationId: asked?.confirmation.id ?? null,
          appealRecordId: null,
          cancelReason: null,
          confirmedAt: null,
          createdAt: now,
          letter: {
            name: input.name.trim(),
            city: input.city,
            country: input.country,
            language: input.language,
            personalNote: input.personalNote,
          },
        };
        // An earlier request whose link lapsed unconfirmed is asked again, in place: the index keeps one per writer.
        const request = writer.lapsed
          ? await this.repository.askAgain(manager, writer.lapsed, fields)
          : await this.repository.insert(manager, {
              ...fields,
              actionId: checked.action.id,
              targetId: checked.link.target.id,
            });
        if (prepared) return { request, wake: [await this.dispatch(manager, request, prepared)], repeated: false };
        const { confirmation, mail } = asked as NonNullable<typeof asked>;
        return { request, confirmation, wake: mail ? [mail] : [], repeated: false };
      });
    } catch (error) {
      // Not written after all: the letter does not count against its address.
      await (counted as IpCapReservation | null)?.release();
      throw error;
    }
    const { request, confirmation, wake, repeated } = written;
    await this.wake(wake);
    return { ...(await this.receiptOf(request, confirmation)), repeated };
  }

  private ipCapFor(manager: EntityManager, ip: string, now: Date): Promise<IpCapReservation> {
    const cap = this.limits.perIpPerDay;
    return this.ipCaps.reserve(manager, {
      scope: 'requested',
      requesterKey: this.keys.requester(ip),
      cap,
      now,
      refusal: (count) => ipCapReached(count, cap),
      countInDatabase: (locked, since) => this.repository.countFromIp(locked, ip, since),
    });
  }

  /** The letters a confirmation link would send, without sending them (the page shows them before the button). */
  async awaiting(token: string): Promise<{ writerEmail: string; expiresAt: Date; confirmedAt: Date | null; letters: DescribedLetter[] }> {
    const confirmation = await this.confirmationOf(token);
    const requests = await this.repository.describedOn(confirmation.id);
    const letters = await Promise.all(
      requests.map(async (request) => ({
        ...(await this.receiptOf(request)),
        actionTitle: request.action?.title ?? '',
        actionReference: request.action?.reference ?? null,
        targetName: request.target?.name ?? '',
        signedAs: request.letter?.name ?? null,
      })),
    );
    return { writerEmail: confirmation.writerEmail, expiresAt: confirmation.expiresAt, confirmedAt: confirmation.confirmedAt, letters };
  }

  /**
   * The writer's consent: every letter waiting on this confirmation is counted and written to the paced outbox. A
   * letter that can no longer go (the action closed, the deadline passed) is cancelled with the reason. Works once.
   */
  async confirm(token: string): Promise<LetterRequestReceipt[]> {
    const confirmationId = this.confirmations.idOf(token);
    // Composed before the transaction: composing reads through the pool, and an embedded database has one connection.
    const waiting = await this.repository.awaitingOn(confirmationId);
    const prepared = new Map(await Promise.all(waiting.map(async (request) => [request.id, await this.prepareAgain(request)] as const)));
    const { requests, wake } = await this.repository.withTransaction(async (manager) => {
      const locked = await this.repository.lockConfirmation(manager, confirmationId);
      if (!locked) throw new LinkGone('These letters no longer exist');
      if (locked.confirmedAt) throw new LinkGone('This link was used already: the letters it confirmed are on their way');
      await this.repository.markConfirmed(manager, confirmationId, this.clock.now());
      const wake: DueMessage[] = [];
      for (const request of waiting) {
        const letter = prepared.get(request.id);
        if (!letter || 'refused' in letter) {
          await this.repository.cancel(manager, request.id, letter?.refused ?? 'cancelled');
          continue;
        }
        wake.push(await this.dispatch(manager, request, letter));
      }
      return { requests: await this.repository.allOn(manager, confirmationId), wake };
    });
    await this.wake(wake);
    return Promise.all(requests.map((request) => this.receiptOf(request)));
  }

  /** The waiting letter checked and composed as it would go now, or why it can no longer go (closed, past the deadline). */
  private async prepareAgain(request: LetterRequest): Promise<PreparedLetter | { refused: string }> {
    const letter = request.letter;
    if (!letter) throw new Error(`Letter request ${request.id} awaits confirmation without its letter`);
    const input = {
      ...letter,
      email: request.writerEmail,
      targetId: request.targetId,
      channel: request.channel,
      section: request.sectionId ?? undefined,
    };
    try {
      return await this.delivery.prepare(request.actionId, input as SendLetterDto);
    } catch (error) {
      return { refused: refusalOf(error).message };
    }
  }

  private async dispatch(manager: EntityManager, request: LetterRequest, prepared: PreparedLetter): Promise<DueMessage> {
    const confirmedAt = this.clock.now();
    const { scheduled } = await this.delivery.dispatch(manager, prepared, request.supporterId, async (receipt) => {
      // The letter's words now live in the outbox, which sends them; the request keeps only who and where.
      const confirmed = { status: LetterRequestStatus.Confirmed, appealRecordId: receipt.appealRecordId, confirmedAt, letter: null };
      await this.repository.confirm(manager, request.id, confirmed);
      Object.assign(request, confirmed);
    });
    return scheduled;
  }

  private async confirmationOf(token: string): Promise<WriterConfirmation> {
    const confirmation = await this.repository.confirmation(this.confirmations.idOf(token));
    if (!confirmation) throw new LinkGone('These letters no longer exist');
    return confirmation;
  }

  /** `known`: the request's confirmation, when the caller has just read or written it. */
  private async receiptOf(
    request: LetterRequest,
    known?: WriterConfirmation,
  ): Promise<Omit<LetterRequestReceipt, 'repeated'> & { repeated: false }> {
    const sent = request.appealRecordId ? await this.repository.sentLetter(request.appealRecordId) : undefined;
    const confirmation =
      request.status === LetterRequestStatus.AwaitingConfirmation && request.confirmationId
        ? known?.id === request.confirmationId
          ? known
          : await this.repository.confirmation(request.confirmationId)
        : null;
    return {
      letterRequestId: request.id,
      status: request.status,
      actionId: request.actionId,
      targetId: request.targetId,
      channel: request.channel === 'email' ? AppealChannel.Email : AppealChannel.Fax,
      appealRecordId: request.appealRecordId,
      language: sent?.language ?? request.letter?.language ?? null,
      messageId: sent?.messageId ?? null,
      sentAt: sent?.sentAt ?? null,
      dueAt: sent?.dueAt ?? null,
      confirmation: confirmation ? { sentTo: confirmation.writerEmail, expiresAt: confirmation.expiresAt } : null,
      repeated: false,
      cancelReason: request.cancelReason,
    };
  }

  /** The rows are committed: a failure to queue them is logged, and the reconciler queues them within a minute. */
  private async wake(messages: DueMessage[]): Promise<void> {
    if (messages.length > 0) await this.targetMessages.wake(messages);
  }
}

/** The link was real, but what it stood for is done or gone. */
export class LinkGone extends Gone {
  constructor(message: string) {
    super(message, [{ field: 'token', message }]);
  }
}
