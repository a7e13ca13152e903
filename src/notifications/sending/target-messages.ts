import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import { LettersConfig } from '../../config/letters.config';
import { storeRenderedContent } from '../content/notification-contents';
import { NotificationKind } from '../outbox/notification-vocabulary';
import { writeOutboxMessages } from '../outbox/outbox-writer';
import { nextSlots } from '../pacing/pace-slots';
import { officeTimeZone } from '../../importer/vocabulary/office-time-zone';
import { Target } from '../../targets/target.entity';
import { NotificationQueues } from '../queues/notification-queues.service';

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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: NotificationQueues,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(LettersConfig) private readonly letters: LettersConfig,
  ) {}

  /**
   * Writes the row and queues it once committed. Given the caller's transaction, it only writes: the caller calls
   * `wake` after its commit (or the reconciler queues the row within a minute).
   */
  async queue(message: TargetMessage, manager?: EntityManager): Promise<ScheduledTargetMessage> {
    const scheduled = manager
      ? await this.write(manager, message)
      : await this.dataSource.transaction((transaction) => this.write(transaction, message));
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
    const letters: { id: string; targetId: string; faxNumber: string | null }[] =
      rows.length === 0
        ? []
        : await manager.query(
            `SELECT o."id", o."targetId", c."faxNumber" FROM notification_outbox o LEFT JOIN notification_content c ON c."id" = o."contentId"
       WHERE o."id" = ANY($1::uuid[]) AND o."kind" = $2 AND o."targetId" IS NOT NULL ORDER BY o."createdAt", o."id"`,
            [[...waiting], NotificationKind.TargetMessage],
          );
    const dueAt = new Map(rows.map((row) => [row.id, row.dueAt]));
    for (const letter of letters) {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('target pacing:' || $1))`, [letter.targetId]);
      const [{ last, pace }]: { last: Date | null; pace: number | null }[] = await manager.query(
        `SELECT max("dueAt") AS "last", (SELECT "messagesPerHour" FROM target WHERE "id" = $1) AS "pace"
         FROM notification_outbox WHERE "targetId" = $1 AND "kind" = $2 AND "status" <> 'cancelled' AND NOT ("id" = ANY($3::uuid[]))`,
        [letter.targetId, NotificationKind.TargetMessage, [...waiting]],
      );
      const faxTimeZone = letter.faxNumber ? await this.faxTimeZone(manager, letter.targetId) : undefined;
      const [slot] = nextSlots(1, last, this.clock.now(), { perHour: pace ?? this.letters.perTargetPerHour, faxTimeZone });
      await manager.query('UPDATE notification_outbox SET "dueAt" = $2, "updatedAt" = now() WHERE "id" = $1', [letter.id, slot]);
      dueAt.set(letter.id, slot);
      waiting.delete(letter.id);
    }
    return rows.map((row) => ({ id: row.id, dueAt: dueAt.get(row.id) as Date }));
  }

  private async faxTimeZone(manager: EntityManager, targetId: string): Promise<string | undefined> {
    const target = await manager.findOneBy(Target, { id: targetId });
    return target ? (target.timeZone ?? officeTimeZone(target.country, target.addressLines ?? [])?.timeZone) : undefined;
  }

  private async write(manager: EntityManager, message: TargetMessage): Promise<ScheduledTargetMessage> {
    const dedupeKey = `target:${message.dedupeKey}`;
    const { letter } = message;
    // The words do not depend on the slot: stored before the target's lock, which is then held for three statements.
    const contentId = await storeRenderedContent(manager, dedupeKey, {
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
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('target pacing:' || $1))`, [message.targetId]);
    const [existing]: ScheduledTargetMessage[] = await manager.query(
      'SELECT "id", "dueAt" FROM notification_outbox WHERE "dedupeKey" = $1',
      [dedupeKey],
    );
    if (existing) return existing;
    // The target's own pace rides on the same round trip as its last slot.
    const [{ last, pace }]: { last: Date | null; pace: number | null }[] = await manager.query(
      `SELECT max("dueAt") AS "last", (SELECT "messagesPerHour" FROM target WHERE "id" = $1) AS "pace"
       FROM notification_outbox WHERE "targetId" = $1 AND "kind" = $2 AND "status" <> 'cancelled'`,
      [message.targetId, NotificationKind.TargetMessage],
    );
    const [dueAt] = nextSlots(1, last, this.clock.now(), {
      perHour: pace ?? this.letters.perTargetPerHour,
      faxTimeZone: message.faxTimeZone,
    });
    const [written] = await writeOutboxMessages(manager, [
      {
        kind: NotificationKind.TargetMessage,
        dedupeKey,
        recipient: message.recipient,
        recipientName: message.recipientName ?? null,
        targetId: message.targetId,
        actionId: message.actionId ?? null,
        contentId,
        dueAt,
        appealRecordId: letter?.appealRecordId ?? null,
      },
    ]);
    return written;
  }
}
