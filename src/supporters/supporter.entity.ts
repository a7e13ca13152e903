import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { NoticeFrequency } from './notice-frequency';

/** Someone who writes appeals. Personal data: kept only while needed. */
@Entity('supporter')
export class Supporter {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased. */
  @Column({ type: 'text', unique: true })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text', nullable: true })
  city: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'text', default: 'en' })
  language: string;

  /** Daily or weekly: new actions and updates arrive as one summary email instead of one email each. */
  @Column({ type: 'enum', enum: NoticeFrequency, enumName: 'notice_frequency', default: NoticeFrequency.Immediately })
  noticeFrequency: NoticeFrequency;

  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  /**
   * The supporter agreed that their section may have their name, address and appeals (OSDI people, the section's
   * exports and webhooks). Off until they say so, on their /my page or through the API.
   */
  @Column({ type: 'boolean', default: false })
  sharesWithSection: boolean;

  /** Double opt-in: null until the confirmation link is followed. */
  @Column({ type: 'timestamptz', nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'timestamptz' })
  lastActiveAt: Date;

  /** When a sign-in link was last used: that link and every one made before it no longer work. */
  @Column({ type: 'timestamptz', nullable: true })
  signInLinkUsedAt: Date | null;

  /** A notice to this address bounced: no more notices go to it (it is shown on the delivery report). */
  @Column({ type: 'timestamptz', nullable: true })
  emailBouncedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailBounceReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
