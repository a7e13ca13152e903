import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../actions/urgent-action.entity';
import type { Section } from '../sections/section.entity';
import type { Target } from '../targets/target.entity';
import { AppealChannel } from './appeal-channel';
import type { Supporter } from './supporter.entity';

/** Appeals sent: one letter by a supporter, or a count reported by a section. Survives supporter erasure. */
@Entity('appeal_record')
@Index('appeal_record_section_idx', ['section'])
@Index('appeal_record_supporter_idx', ['supporter'])
@Index('appeal_record_target_idx', ['target'])
@Index('appeal_record_action_idx', ['action', 'sentAt'])
export class AppealRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: false })
  action: Relation<UrgentAction>;

  @ManyToOne('Target', { onDelete: 'SET NULL', nullable: true })
  target: Relation<Target> | null;

  /** Null once the supporter is erased, or for counts a section reported. */
  @ManyToOne('Supporter', { onDelete: 'SET NULL', nullable: true })
  supporter: Relation<Supporter> | null;

  @ManyToOne('Section', { onDelete: 'SET NULL', nullable: true })
  section: Relation<Section> | null;

  @Column({ type: 'enum', enum: AppealChannel, enumName: 'appeal_channel' })
  channel: AppealChannel;

  @Column({ type: 'int', default: 1 })
  letterCount: number;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  /** The SMTP or fax gateway message id, when the system sent the letter itself. */
  @Column({ type: 'text', nullable: true })
  messageId: string | null;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
