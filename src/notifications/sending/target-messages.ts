import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { LettersConfig } from '../../config/letters.config';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { nextSlots } from '../pacing/pace-slots';
import { officeTimeZone } from '../../importer/vocabulary/office-time-zone';
import { FindTarget } from '../../targets/use-cases/find-target';
import { NotificationQueues } from '../queues/notification-queues.service';
import { TargetMessagesRepository } from './target-messages.repository';

export interface TargetMessage {
  /** What makes two requests the same message, e.g. "letter:<appealId>". */
  dedupeKey: string;
  targetId: string;
  /** The target's address, or for a fax the email-to-fax gateway's address for its number. */
  recipient: string;
  recipientName?: string;
  actionId?: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  /** For a fax: the target's time zone, so it only goes inside local office hours. */
  faxTimeZone?: string;
  /** A supporter's letter: under their name (at MAIL_FROM), replies to them, copies as the action's settings say. */
  letter?: {
    appealRecordId: string;
    fromName: string;
    replyTo: { name: string; address: string };
    cc?: string[];
    headers?: Record<string, string>;
    /** A fax goes through the FaxGateway (email-to-fax or HTTP) with this PDF. */
    fax?: { number: string; pdf: Buffer; fileName: string };
  };
}

export interface ScheduledTargetMessage {
  id: string;
  /** When it will go: tell the supporter. */
  dueAt: Date;
}

/**
 * Mail to a target's own address (the letters module's way out through the queue), paced per target across all
 * actions (its own messagesPerHour, else TARGET_MESSAGES_PER_HOUR, evenly spread; faxes in local office hours). A permanent failure flags the
 * target, and later messages to it are held for staff instead of failing one by one.
 */
@Injectable()
export class TargetMessages {
  private readonly logger = new Logger('TargetMessages');

  constructor(
    private readonly outbox: TargetMessagesRepository,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly letters: LettersConfig,
    private readonly findTarget: FindTarget,
  ) {}

  /**
   * Writes the row and queues it once committed. Given the caller's transaction, it only writes: the caller calls
   * `wake` after its commit (or the reconciler queues the row within a minute).
   */
  async queue(message: TargetMessage, manager?: EntityManager): Promise<ScheduledTargetMessage> {
    const scheduled = manager
      ? await this.write(manager, message)
      : await this.outbox.withTransaction((transaction) => this.write(transaction, message));
    if (!manager) await this.queues.sendMessages([scheduled], this.clock.now());
    return scheduled;
  }

  /** Queues committed rows now. A failure is only logged: the rows are the truth and the reconciler queues them. */
  async wake(scheduled: ScheduledTargetMessage[]): Promise<void> {
    try {
      await this.queues.sendMessages(scheduled, this.clock.now());
    } catch (error) {
      this.logger.warn(`Queuing target messages failed, the reconciler will retry: ${(error as Error).message}`);
    }
  }

  /**
   * Rows going back to the queue (released after staff cleared a flag, or re-driven) take new pacing slots, as a new
   * letter would, instead of all going at once to the office that just bounced or was unreachable. Other rows keep
   * their time. Answers every row with its due time.
   */
  async repace(manager: EntityManager, rows: ScheduledTargetMessage[]): Promise<ScheduledTargetMessage[]> {
    const waiting = new Set(rows.map((row) => row.id));
    const letters = rows.length === 0 ? [] : await this.outbox.lettersAmong(manager, [...waiting]);
    const dueAt = new Map(rows.map((row) => [row.id, row.dueAt]));
    for (const letter of letters) {
      await this.outbox.lockPacing(manager, letter.targetId);
      const { last, pace } = await this.outbox.pace(manager, letter.targetId, [...waiting]);
      const faxTimeZone = letter.faxNumber ? await this.faxTimeZone(manager, letter.targetId) : undefined;
      const [slot] = nextSlots(1, last, this.clock.now(), { perHour: pace ?? this.letters.perTargetPerHour, faxTimeZone });
      await this.outbox.moveTo(manager, letter.id, slot);
      dueAt.set(letter.id, slot);
      waiting.delete(letter.id);
    }
    return rows.map((row) => ({ id: row.id, dueAt: dueAt.get(row.id) as Date }));
  }

  private async faxTimeZone(manager: EntityManager, targetId: string): Promise<string | undefined> {
    const target = await this.findTarget.execute(manager, targetId);
    return target ? (target.timeZone ?? officeTimeZone(target.country, target.addressLines ?? [])?.timeZone) : undefined;
  }

  private async write(manager: EntityManager, message: TargetMessage): Promise<ScheduledTargetMessage> {
    const dedupeKey = `target:${message.dedupeKey}`;
    const { letter } = message;
    // The words do not depend on the slot: stored before the target's lock, which is then held for three statements.
    const contentId = await this.outbox.storeContent(manager, dedupeKey, {
      language: message.language,
      subject: message.subject.replace(/[\r\n]+/g, ' '),
      textBody: message.text,
      htmlBody: message.html,
      ...(letter
        ? {
            fromName: letter.fromName,
            replyToName: letter.replyTo.name,
            replyToAddress: letter.replyTo.address,
            cc: letter.cc?.length ? letter.cc : null,
            headers: letter.headers ?? null,
            faxNumber: letter.fax?.number ?? null,
            attachmentName: letter.fax?.fileName ?? null,
            attachment: letter.fax?.pdf ?? null,
          }
        : {}),
    });
    // One scheduler per target at a time, so two letters never take the same slot.
    await this.outbox.lockPacing(manager, message.targetId);
    const existing = await this.outbox.written(manager, dedupeKey);
    if (existing) return existing;
    const { last, pace } = await this.outbox.pace(manager, message.targetId);
    const [dueAt] = nextSlots(1, last, this.clock.now(), {
      perHour: pace ?? this.letters.perTargetPerHour,
      faxTimeZone: message.faxTimeZone,
    });
    return this.outbox.write(manager, {
      kind: NotificationKind.TargetMessage,
      dedupeKey,
      recipient: message.recipient,
      recipientName: message.recipientName ?? null,
      targetId: message.targetId,
      actionId: message.actionId ?? null,
      contentId,
      dueAt,
      appealRecordId: letter?.appealRecordId ?? null,
    });
  }
}
