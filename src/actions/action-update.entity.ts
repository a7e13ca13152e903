import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { ActionOutcome, ActionUpdateKind } from './action-vocabulary';
import type { UrgentAction } from './urgent-action.entity';

/** Further information, a deadline extension, an outcome or a stop action, in publication order. */
@Entity('action_update')
@Index('action_update_sequence_idx', ['action', 'sequence'], { unique: true })
export class ActionUpdate {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('UrgentAction', 'updates', { onDelete: 'CASCADE', nullable: false })
  action: Relation<UrgentAction>;

  /** 1 for the first update, 2 for the second... */
  @Column({ type: 'int' })
  sequence: number;

  @Column({ type: 'enum', enum: ActionUpdateKind, enumName: 'action_update_kind' })
  kind: ActionUpdateKind;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  body: string;

  /** Each further-information document gets an index of its own. */
  @Column({ type: 'text', nullable: true })
  documentIndex: string | null;

  @Column({ type: 'jsonb', nullable: true })
  asks: string[] | null;

  @Column({ type: 'timestamptz', nullable: true })
  newAppealDeadline: Date | null;

  @Column({ type: 'enum', enum: ActionOutcome, enumName: 'action_outcome', nullable: true })
  outcome: ActionOutcome | null;

  @Column({ type: 'timestamptz' })
  publishedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
