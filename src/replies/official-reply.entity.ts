import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { UserAccount } from '../accounts/user-account.entity';
import type { UrgentAction } from '../actions/urgent-action.entity';
import type { Section } from '../sections/section.entity';
import type { Target } from '../targets/target.entity';
import { ReplyChannel } from './reply-channel';

/** A reply an official sent back about an action, as staff or a section recorded it. */
@Entity('official_reply')
@Index('official_reply_action_idx', ['actionId', 'receivedOn'])
@Index('official_reply_target_idx', ['targetId'])
@Index('official_reply_section_idx', ['sectionId'])
@Index('official_reply_recorder_idx', ['recordedByUserId'])
export class OfficialReply {
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

  /** The day it arrived (a letter is dated, not timed). */
  @Column({ type: 'date' })
  receivedOn: string;

  @Column({ type: 'text' })
  channel: ReplyChannel;

  /** What it says, in staff's words. */
  @Column({ type: 'text' })
  summary: string;

  /** Shown on the action's public page; otherwise staff and sections only. */
  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ type: 'text', nullable: true })
  attachmentName: string | null;

  @Column({ type: 'text', nullable: true })
  attachmentType: string | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  attachment: Buffer | null;

  /** The section that recorded it, when a coordinator did. */
  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne('Section', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'sectionId' })
  section?: Relation<Section> | null;

  @Column({ type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ManyToOne('UserAccount', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'recordedByUserId' })
  recordedBy?: Relation<UserAccount> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
