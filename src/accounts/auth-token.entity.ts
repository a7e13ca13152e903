import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Supporter } from '../supporters/supporter.entity';
import type { UserAccount } from './user-account.entity';

export type AuthTokenKind = 'session' | 'api';

/** A session (cookie) or API token (bearer). Only a keyed hash is stored, so a database leak gives no usable token. */
@Entity('auth_token')
@Index('auth_token_supporter_idx', ['supporterId'])
@Index('auth_token_user_idx', ['userId'])
export class AuthToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  tokenHash: string;

  @Column({ type: 'text' })
  kind: AuthTokenKind;

  /** What an API token is for, as its owner named it. */
  @Column({ type: 'text', nullable: true })
  label: string | null;

  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('UserAccount', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'userId' })
  user?: Relation<UserAccount> | null;

  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @ManyToOne('Supporter', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'supporterId' })
  supporter?: Relation<Supporter> | null;

  /** Null: an API token that lasts until revoked. */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
