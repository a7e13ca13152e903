import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UrgentAction } from '../actions/urgent-action.entity';
import type { Supporter } from './supporter.entity';

/** A supporter following the whole network (no action) or one action. */
@Entity('subscription')
@Index('subscription_action_idx', ['action'])
@Index('subscription_unique_idx', ['supporter', 'action'], { unique: true }) // NULLS NOT DISTINCT, set in the migration
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @ManyToOne('Supporter', { onDelete: 'CASCADE', nullable: false })
  supporter: Relation<Supporter>;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: true })
  action: Relation<UrgentAction> | null;

  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  unsubscribedAt: Date | null;

  /** Signed up again after unsubscribing: still unsubscribed until the confirmation link is followed. */
  @Column({ type: 'timestamptz', nullable: true })
  resubscribeRequestedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
