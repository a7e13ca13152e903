import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import type { AppealRecord } from '../../supporters/appeal-record.entity';
import type { Target } from '../../targets/target.entity';

/**
 * An "I've sent it": one per writer, target, action and channel, so reporting the same letter again counts once.
 * The writer and the requesting IP are kept only as keyed hashes: enough to tell repeats and count a day's reports.
 */
@Entity('reported_letter')
@Index('reported_letter_writer_idx', ['actionId', 'targetId', 'channel', 'writerKey'], { unique: true })
@Index('reported_letter_requester_day_idx', ['requesterKey', 'createdAt'])
export class ReportedLetter {
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

  @Column({ type: 'text' })
  channel: string;

  /** HMAC of the signed-in supporter, else the writer's address, else their IP and name. */
  @Column({ type: 'text' })
  writerKey: string;

  /** HMAC of the requesting IP address, for the daily cap. */
  @Column({ type: 'text' })
  requesterKey: string;

  @Column({ type: 'uuid', nullable: true })
  appealRecordId: string | null;

  @ManyToOne('AppealRecord', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'appealRecordId' })
  appealRecord?: Relation<AppealRecord> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
