import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import type { Section } from '../sections/section.entity';
import type { StaffRole } from './access.decorators';

export type UserRole = StaffRole | 'coordinator';
export const USER_ROLES: readonly UserRole[] = ['admin', 'editor', 'coordinator'];

/** Someone who signs in with a password: staff (admin, editor) or the coordinator of one section. */
@Entity('user_account')
@Index('user_account_section_idx', ['section'])
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  /** argon2id; never leaves the server. */
  @Column({ type: 'text' })
  passwordHash: string;

  @Column({ type: 'text' })
  role: UserRole;

  /** The section a coordinator is scoped to; null for staff. */
  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'sectionId' })
  section?: Relation<Section> | null;

  /** A disabled user keeps the audit trail but can no longer sign in or use tokens. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastSignInAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
