import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { ActionTargetRecord, ActionWithTargets } from '../../actions/action-read-model';
import { TargetRole } from '../../actions/action-vocabulary';
import { ActionsService } from '../../actions/actions.service';
import { Clock } from '../../common/clock';
import { FaxConfig } from '../../config/fax.config';
import { MailConfig } from '../../config/mail.config';
import { MailOutbox } from '../../notifications/outbox/mail-outbox';
import { outboxMessageIdHeader } from '../../notifications/sending/personalised-mail';
import { NotificationKind } from '../../notifications/outbox/notification-vocabulary';
import { ScheduledTargetMessage, TargetMessage, TargetMessages } from '../../notifications/sending/target-messages';
import { AppealChannel } from '../../supporters/appeal-channel';
import { CountAppeal } from '../../supporters/use-cases/count-appeal';
import { ComposedLetter, letterText } from '../composition/composed-letter';
import type { LetterChoiceDto, RecordLetterDto, SendLetterDto, TestSendLetterDto } from '../dto/send-letter.dto';
import { LetterComposer } from '../letter-composer.service';
import { findLetterTarget, letterLanguageFor } from '../letter-targets';
import { CachedLetterSources } from '../cached-letter-sources';
import { letterFileName, LetterSources, supporterOf } from '../letters.service';
import { letterPdf } from '../pdf/letter-pdf';
import { assertPubliclyVisible } from '../../actions/public-visibility';
import { emailHtml } from '../composition/letter-html';
import { LetterDeliveryRepository } from './letter-delivery.repository';
import {
  assertBeforeDeadline,
  assertDemonstrationAddressesOnly,
  assertNotSteeredAway,
  assertOpen,
  assertReachable,
  faxTimeZoneOf,
} from './send-rules';

export interface LetterReceipt {
  appealRecordId: string;
  actionId: string;
  targetId: string;
  channel: AppealChannel;
  language: string | null;
  /** The sent letter's Message-ID or fax id; null while it waits in the queue (and for letters the supporter sent). */
  messageId: string | null;
  /** When the supporter asked: the appeal counts from then. */
  sentAt: Date;
  /** For a letter the system sends: when it will go, paced per target (and a fax inside the office's hours). */
  dueAt: Date | null;
}

/** A staff test send, queued: it reaches `to` alone, under `messageId`. */
export interface LetterTestReceipt {
  outboxMessageId: string;
  messageId: string;
  to: string;
  status: 'queued';
}

/** A letter as the outbox takes it, before its appeal record exists. */
type PendingLetter = Omit<TargetMessage, 'dedupeKey' | 'letter'> & { letter: Omit<NonNullable<TargetMessage['letter']>, 'appealRecordId'> };

interface ChosenLetter {
  action: ActionWithTargets;
  link: ActionTargetRecord;
  letter: ComposedLetter;
}

/** A letter that may go now (open, before the deadline, a channel the target has), not yet composed. */
export interface CheckedLetter {
  action: ActionWithTargets;
  link: ActionTargetRecord;
  channel: AppealChannel.Email | AppealChannel.Fax;
  sources: LetterSources;
  /** The Cc addresses an email to this target carries. */
  cc: string[];
}

/** A letter checked and composed, ready for the outbox once its writer consents. */
export interface PreparedLetter extends ChosenLetter {
  message: PendingLetter;
  channel: AppealChannel.Email | AppealChannel.Fax;
}

/**
 * The one place letters are sent (email, fax: through the paced outbox of target messages, once their writer has
 * consented: see LetterRequests) or reported sent (post, mailto), each becoming an AppealRecord. A staff test send
 * reaches only the given address and records nothing.
 */
@Injectable()
export class LetterDelivery {
  constructor(
    private readonly actions: ActionsService,
    private readonly composer: LetterComposer,
    private readonly sources: CachedLetterSources,
    private readonly mailOutbox: MailOutbox,
    private readonly targetMessages: TargetMessages,
    private readonly clock: Clock,
    @Inject(FaxConfig) private readonly fax: FaxConfig,
    @Inject(MailConfig) private readonly mail: MailConfig,
    private readonly repository: LetterDeliveryRepository,
    private readonly countAppeal: CountAppeal,
  ) {}

  /**
   * Checks that the letter can go now (open, before the deadline, a channel the target has, only example addresses
   * for a demonstration), from the action as read a moment ago. Nothing is composed and nothing is written: a letter
   * waiting for its writer's consent is composed when it is confirmed.
   */
  async check(actionId: string, input: SendLetterDto): Promise<CheckedLetter> {
    const sources = await this.sources.get(actionId, input.section ?? null);
    const { action } = sources.templates;
    const now = this.clock.now();
    assertPubliclyVisible(action, now, false);
    assertOpen(action);
    assertBeforeDeadline(action, now);
    const link = findLetterTarget(action, input.targetId, input.section ?? null);
    assertNotSteeredAway(link);
    assertReachable(link.target, input.channel, this.fax.gateway);
    const cc = input.channel === 'email' && link.role === TargetRole.Primary ? sources.cc : [];
    assertDemonstrationAddressesOnly(
      action,
      input.channel === 'fax' ? { emails: [], faxes: [link.target.fax] } : { emails: [link.target.email, ...cc], faxes: [] },
    );
    return { action, link, sources, cc, channel: input.channel === 'email' ? AppealChannel.Email : AppealChannel.Fax };
  }

  /** The letter composed as the outbox will take it: text, HTML, and for a fax its PDF. Nothing is written. */
  async compose(checked: CheckedLetter, input: SendLetterDto): Promise<PreparedLetter> {
    const { action, link, sources } = checked;
    const letter = this.composer.compose(
      sources.templates,
      link.target,
      supporterOf(input),
      letterLanguageFor(link, input.language ?? null),
      input.personalNote ?? null,
    );
    const message = await this.targetMessage({ action, link, letter }, checked.cc, input);
    return { action, link, letter, message, channel: checked.channel };
  }

  /** `check`, then `compose`. */
  async prepare(actionId: string, input: SendLetterDto): Promise<PreparedLetter> {
    return this.compose(await this.check(actionId, input), input);
  }

  /**
   * Counts the appeal and writes the letter to the outbox, in the caller's transaction (the row is the truth; the
   * worker sends it when due). The caller wakes `scheduled` after its commit. Only for a letter its writer consented to.
   */
  async dispatch(
    manager: EntityManager,
    prepared: PreparedLetter,
    supporterId: string | null,
    counted?: (receipt: LetterReceipt) => Promise<void>,
  ): Promise<{ receipt: LetterReceipt; scheduled: ScheduledTargetMessage }> {
    const receipt = await this.recordAppeal(manager, { ...prepared, supporterId }, prepared.channel, null);
    // The caller's own writes go before the letter takes its pacing slot, whose lock is held until the commit.
    await counted?.(receipt);
    const letter = { ...prepared.message.letter, appealRecordId: receipt.appealRecordId };
    const scheduled = await this.targetMessages.queue(
      { ...prepared.message, dedupeKey: `letter:${receipt.appealRecordId}`, letter },
      manager,
    );
    return { receipt: { ...receipt, dueAt: scheduled.dueAt }, scheduled };
  }

  /** What an "I've sent it" names, checked: the open action, the target, the letter's language. Nothing is written. */
  async reportedLetter(
    actionId: string,
    input: RecordLetterDto,
  ): Promise<{ action: ActionWithTargets; link: ActionTargetRecord; language: string | null }> {
    const { templates } = await this.sources.get(actionId, input.section ?? null);
    const { action } = templates;
    assertPubliclyVisible(action, this.clock.now(), false);
    assertOpen(action);
    const link = findLetterTarget(action, input.targetId, input.section ?? null);
    const language = input.language ? this.composer.chooseLanguage(templates, link.target, input.language) : null;
    return { action, link, language };
  }

  /**
   * A dry run for staff: the letter as the target would get it, with its PDF, to the staff address only. It goes
   * through the outbox like every message (retried, on the delivery report); its Message-ID is known at once.
   */
  async testSend(actionId: string, input: TestSendLetterDto): Promise<LetterTestReceipt> {
    const action = await this.actions.get(actionId);
    const link = findLetterTarget(action, input.targetId, input.section ?? null);
    const { letter } = await this.choose(action, link, input);
    const channel = input.channel ?? (link.target.email ? 'email' : 'fax');
    const note = `TEST – nothing was sent to ${link.target.name}. This is the letter it would get by ${channel}; the PDF is what a fax or a posted letter carries.`;
    const pdf = await letterPdf(letter, input.name ?? null);
    const written = await this.repository.withTransaction((manager) =>
      this.mailOutbox.write(manager, {
        kind: NotificationKind.LetterTest,
        dedupeKey: `letter-test:${randomUUID()}`,
        recipient: input.to,
        rendered: {
          language: letter.language,
          subject: `[TEST] ${letter.subject}`,
          textBody: `${note}\n\n${letterText(letter)}`,
          htmlBody: emailHtml(letter, note),
          fromName: `${this.mail.fromName} (test)`,
          attachment: pdf,
          attachmentName: letterFileName(action, link, letter),
        },
      }),
    );
    if (!written) throw new Error('A letter test send with a new key was not written');
    await this.mailOutbox.wake([written]);
    return { outboxMessageId: written.id, messageId: outboxMessageIdHeader(written.id, this.mail.from), to: input.to, status: 'queued' };
  }

  private async choose(
    action: ActionWithTargets,
    link: ActionTargetRecord,
    input: LetterChoiceDto & { name?: string },
  ): Promise<ChosenLetter> {
    const templates = await this.composer.templatesFor(action, input.section ?? null);
    return {
      action,
      link,
      letter: this.composer.compose(
        templates,
        link.target,
        supporterOf(input),
        letterLanguageFor(link, input.language ?? null),
        input.personalNote ?? null,
      ),
    };
  }

  /** From: the organisation's address under the supporter's name (never their own address, which SPF/DMARC would reject); Reply-To: the supporter. */
  private async targetMessage({ action, link, letter }: ChosenLetter, cc: string[], input: SendLetterDto): Promise<PendingLetter> {
    const { target } = link;
    const name = input.name.trim();
    const common = {
      targetId: target.id,
      actionId: action.id,
      recipientName: target.name,
      subject: letter.subject,
      text: letterText(letter),
      html: emailHtml(letter),
      language: letter.language,
    };
    const sender = { fromName: name, replyTo: { name, address: input.email } };
    if (input.channel === 'fax') {
      const fax = {
        number: target.fax as string,
        pdf: await letterPdf(letter, input.name),
        fileName: letterFileName(action, link, letter),
      };
      return { ...common, recipient: fax.number, faxTimeZone: faxTimeZoneOf(target), letter: { ...sender, fax } };
    }
    const headers = action.reference ? { 'X-Urgent-Action': action.reference } : undefined;
    return { ...common, recipient: target.email as string, letter: { ...sender, cc, headers } };
  }

  /** Counts one appeal. */
  async recordAppeal(
    manager: EntityManager,
    chosen: { action: ActionWithTargets; link: ActionTargetRecord; letter: ComposedLetter | null; supporterId: string | null },
    channel: AppealChannel,
    messageId: string | null,
    language: string | null = chosen.letter?.language ?? null,
  ): Promise<LetterReceipt> {
    const sentAt = this.clock.now();
    const appealRecordId = await this.countAppeal.execute(manager, {
      actionId: chosen.action.id,
      targetId: chosen.link.target.id,
      sectionId: chosen.link.section?.id ?? null,
      supporterId: chosen.supporterId,
      channel,
      language,
      messageId,
      sentAt,
    });
    return {
      appealRecordId,
      actionId: chosen.action.id,
      targetId: chosen.link.target.id,
      channel,
      language,
      messageId,
      sentAt,
      dueAt: null,
    };
  }
}
