import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { ActionUpdate } from '../../actions/action-update.entity';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import type { Section } from '../../sections/section.entity';
import type { AppealRecord } from '../../supporters/appeal-record.entity';
import type { Supporter } from '../../supporters/supporter.entity';
import type { Target } from '../../targets/target.entity';
import type { NotificationContent } from './notification-content.entity';
import type { NotificationFanout } from './notification-fanout.entity';
import { DeliveryStatus, NotificationKind } from './notification-vocabulary';

/**
 * One intended message. It is written before any job exists, and it is the truth: a job only wakes a worker
 * up to act on it. `dedupeKey` says what makes two intentions the same message, and job ids come from the row.
 */
@Entity('notification_outbox')
@Index('notification_outbox_appeal_record_idx', ['appealRecordId'])
@Index('notification_outbox_content_idx', ['contentId'])
@Index('notification_outbox_fanout_idx', ['fanoutId'])
@Index('notification_outbox_section_idx', ['sectionId'])
@Index('notification_outbox_target_idx', ['targetId', 'dueAt'])
@Index('notification_outbox_update_idx', ['updateId'])
@Index('notification_outbox_queued_idx', ['dueAt'], { where: `"status" = 'queued'` })
@Index('notification_outbox_live_idx', ['kind', 'status'], { where: `"status" IN ('queued', 'held')` })
@Index('notification_outbox_action_idx', ['actionId', 'status'])
@Index('notification_outbox_supporter_idx', ['supporterId'])
export class OutboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'enum', enum: DeliveryStatus, enumName: 'delivery_status', default: DeliveryStatus.Queued })
  status: DeliveryStatus;

  /** E.g. "update:<updateId>:supporter:<supporterId>"; a second intention with the same key is the same message. */
  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'text' })
  recipient: string;

  @Column({ type: 'text', nullable: true })
  recipientName: string | null;

  @Column({ type: 'uuid', nullable: true })
  actionId: string | null;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<UrgentAction> | null;

  @Column({ type: 'uuid', nullable: true })
  updateId: string | null;

  @ManyToOne('ActionUpdate', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'updateId' })
  update?: Relation<ActionUpdate> | null;

  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'sectionId' })
  section?: Relation<Section> | null;

  /** Erasing a supporter erases the messages meant for them. */
  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @ManyToOne('Supporter', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'supporterId' })
  supporter?: Relation<Supporter> | null;

  /** Set for messages to a target's own address, whose permanent failure is flagged on the target. */
  @Column({ type: 'uuid', nullable: true })
  targetId: string | null;

  @ManyToOne('Target', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'targetId' })
  target?: Relation<Target> | null;

  @Column({ type: 'uuid', nullable: true })
  fanoutId: string | null;

  @ManyToOne('NotificationFanout', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'fanoutId' })
  fanout?: Relation<NotificationFanout> | null;

  /** The rendered message; null until the notify step has rendered it (a reminder renders when due). */
  @Column({ type: 'uuid', nullable: true })
  contentId: string | null;

  @ManyToOne('NotificationContent', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'contentId' })
  content?: Relation<NotificationContent> | null;

  /** For a deadline reminder: how many days before the deadline it is (0 = the last day). */
  @Column({ type: 'int', nullable: true })
  reminderDaysBefore: number | null;

  /** When it should go; a reminder's job is delayed until then. */
  @Column({ type: 'timestamptz' })
  dueAt: Date;

  @Column({ type: 'text', nullable: true })
  unsubscribeUrl: string | null;

  /** For a letter: the appeal it carries, whose messageId is set once it is sent. */
  @Column({ type: 'uuid', nullable: true })
  appealRecordId: string | null;

  @ManyToOne('AppealRecord', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'appealRecordId', foreignKeyConstraintName: 'FK_notification_outbox_appeal_record' })
  appealRecord?: Relation<AppealRecord> | null;

  /**
   * The 'send batch' job that wakes this row with others of its fan-out (null: its own 'send message' job). A row
   * that leaves its batch (retried alone, moved, re-driven) has it cleared, so its job id is always known from the row.
   */
  @Column({ type: 'uuid', nullable: true })
  sendBatchId: string | null;

  /** SMTP attempts made so far. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  /** The Message-ID the SMTP server accepted. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  /** While a worker sends the row: until when its claim holds. Expired, the row may be claimed again. */
  @Column({ type: 'timestamptz', nullable: true })
  leaseExpiresAt: Date | null;

  /** The worker holding the lease; only it may settle the row. */
  @Column({ type: 'text', nullable: true })
  leasedBy: string | null;

  /** When the row left 'queued': sent, failed or cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
