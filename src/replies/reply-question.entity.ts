import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../actions/urgent-action.entity';
import type { AppealRecord } from '../supporters/appeal-record.entity';
import type { Target } from '../targets/target.entity';
import { WriterAnswer } from './writer-answer';

/**
 * "Did you get a reply?", asked once about one letter the system sent, and the writer's answer. It names the letter
 * (its appeal), never the writer: the answer stays counted for the target when the writer is erased.
 */
@Entity('reply_question')
@Index('reply_question_appeal_record_idx', ['appealRecordId'], { unique: true })
@Index('reply_question_action_idx', ['actionId', 'targetId'])
@Index('reply_question_target_idx', ['targetId'])
export class ReplyQuestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The letter asked about: one question per letter, however often the job runs. */
  @Column({ type: 'uuid' })
  appealRecordId: string;

  @ManyToOne('AppealRecord', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'appealRecordId' })
  appealRecord?: Relation<AppealRecord>;

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

  /** When the letter went (the outbox settled it sent): the question is about that letter, from that day. */
  @Column({ type: 'timestamptz' })
  letterSentAt: Date;

  @Column({ type: 'timestamptz' })
  askedAt: Date;

  /** Null until the writer answers; answering again replaces it. */
  @Column({ type: 'text', nullable: true })
  answer: WriterAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;
}
