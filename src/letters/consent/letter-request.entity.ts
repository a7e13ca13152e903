import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import type { AppealRecord } from '../../supporters/appeal-record.entity';
import type { Supporter } from '../../supporters/supporter.entity';
import type { Target } from '../../targets/target.entity';
import type { WriterConfirmation } from './writer-confirmation.entity';
import { LetterRequestStatus } from './letter-request-status';

/** The letter's own choices until it goes; cleared once it is in the outbox or cancelled. */
export interface RequestedLetter {
  name: string;
  city?: string;
  country?: string;
  language?: string;
  personalNote?: string;
}

/**
 * A writer's request that the system send one letter in their name, by email or fax. One per writer, target and
 * action: asking again answers this one.
 */
@Entity('letter_request')
@Index('letter_request_writer_idx', ['actionId', 'targetId', 'writerEmail'], { unique: true })
@Index('letter_request_email_day_idx', ['writerEmail', 'createdAt'])
@Index('letter_request_ip_day_idx', ['requesterIp', 'createdAt'])
export class LetterRequest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<UrgentAction>;

  @Column({ type: 'uuid' })
  targetId: string;

  @ManyToOne('Target', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'targetId' })
  target?: Relation<Target>;

  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @Column({ type: 'text' })
  channel: 'email' | 'fax';

  @Column({ type: 'text', default: LetterRequestStatus.AwaitingConfirmation })
  status: LetterRequestStatus;

  /** Trimmed and lower-cased, so "A@x.org " and "a@x.org" are one writer. */
  @Column({ type: 'text' })
  writerEmail: string;

  @Column({ type: 'jsonb', nullable: true })
  letter: RequestedLetter | null;

  /** Where the request came from, so staff can see and cancel a burst from one address. */
  @Column({ type: 'text', nullable: true })
  requesterIp: string | null;

  /** The signed-in supporter who asked, whose appeal it becomes. */
  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @ManyToOne('Supporter', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'supporterId' })
  supporter?: Relation<Supporter> | null;

  @Column({ type: 'uuid', nullable: true })
  confirmationId: string | null;

  @ManyToOne('WriterConfirmation', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'confirmationId' })
  confirmation?: Relation<WriterConfirmation> | null;

  /** The appeal it became once confirmed; removed with it when staff cancel a burst. */
  @Column({ type: 'uuid', nullable: true })
  appealRecordId: string | null;

  @ManyToOne('AppealRecord', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'appealRecordId' })
  appealRecord?: Relation<AppealRecord> | null;

  /** Why it was cancelled, for the writer and for staff. */
  @Column({ type: 'text', nullable: true })
  cancelReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;
}
