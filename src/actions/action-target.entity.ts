import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { TargetRole } from './action-vocabulary';
import type { Target } from '../targets/target.entity';
import type { Section } from '../sections/section.entity';
import type { UrgentAction } from './urgent-action.entity';

/** A target's place in one action: primary or "copies to", in print order; a section may add local ones. */
@Entity('action_target')
@Index('action_target_section_idx', ['section'])
@Index('action_target_target_idx', ['target'])
@Index('action_target_unique_idx', ['action', 'target', 'section'], { unique: true }) // NULLS NOT DISTINCT, set in the migration
export class ActionTarget {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('UrgentAction', 'targets', { onDelete: 'CASCADE', nullable: false })
  action: Relation<UrgentAction>;

  @ManyToOne('Target', { onDelete: 'RESTRICT', nullable: false, eager: true })
  target: Relation<Target>;

  @Column({ type: 'enum', enum: TargetRole, enumName: 'target_role' })
  role: TargetRole;

  @Column({ type: 'int' })
  position: number;

  /**
   * Set when staff stopped offering new writers to have the system send to this office (its forecast passes the
   * deadline): writers are steered to post, their own email, or the other targets.
   */
  @Column({ type: 'timestamptz', nullable: true })
  systemSendingPausedAt: Date | null;

  /** Set when a section office attached this target for its own members. */
  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: true })
  section: Relation<Section> | null;
}
