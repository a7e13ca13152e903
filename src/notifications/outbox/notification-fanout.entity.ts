import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { ActionUpdate } from '../../actions/action-update.entity';
import type { UrgentAction } from '../../actions/urgent-action.entity';
import { FanoutKind, FanoutStatus } from './notification-vocabulary';

/**
 * A notice to a whole audience, written with the event that causes it. Its job pages through the audience and
 * writes one outbox row per recipient; `cursor` records how far it got, so a retry carries on from there.
 */
@Entity('notification_fanout')
@Index('notification_fanout_action_idx', ['actionId'])
@Index('notification_fanout_update_idx', ['updateId'])
export class NotificationFanout {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: FanoutKind, enumName: 'notification_fanout_kind' })
  kind: FanoutKind;

  @Column({ type: 'enum', enum: FanoutStatus, enumName: 'notification_fanout_status', default: FanoutStatus.Pending })
  status: FanoutStatus;

  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'uuid' })
  actionId: string;

  @ManyToOne('UrgentAction', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'actionId' })
  action?: Relation<UrgentAction>;

  @Column({ type: 'uuid', nullable: true })
  updateId: string | null;

  @ManyToOne('ActionUpdate', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'updateId' })
  update?: Relation<ActionUpdate> | null;

  /** What the notice asks: stop writing (the update closed the action) or keep writing. */
  @Column({ type: 'boolean', default: false })
  stopWriting: boolean;

  /** "<audience>:<last id done>", e.g. "supporters:7f0c…"; null before the first page. */
  @Column({ type: 'text', nullable: true })
  cursor: string | null;

  @Column({ type: 'int', default: 0 })
  messagesCreated: number;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  settledAt: Date | null;
}
