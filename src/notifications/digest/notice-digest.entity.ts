import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { NoticeFrequency } from '../../supporters/notice-frequency';

/**
 * One period's summaries for the supporters who asked for them, recorded before any is written. Like a fan-out,
 * it pages through its audience and `cursor` says how far it got, so the next hourly run carries on after a failure.
 */
@Entity('notice_digest')
@Index('notice_digest_period_idx', ['frequency', 'periodEnd'], { unique: true })
export class NoticeDigest {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: NoticeFrequency, enumName: 'notice_frequency' })
  frequency: NoticeFrequency;

  @Column({ type: 'timestamptz' })
  periodStart: Date;

  @Column({ type: 'timestamptz' })
  periodEnd: Date;

  /** The last supporter id done; null before the first page. */
  @Column({ type: 'uuid', nullable: true })
  cursor: string | null;

  @Column({ type: 'int', default: 0 })
  messagesCreated: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Set once every supporter of the period has been looked at. */
  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
