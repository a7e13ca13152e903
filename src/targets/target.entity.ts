import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { TargetKind } from './target-kind';

/** An official, embassy or mission that appeals are addressed to: a reusable directory entry. */
@Entity('target')
@Check('target_messages_per_hour_check', '"messagesPerHour" BETWEEN 1 AND 3600')
@Index('target_search_idx', ['name', 'organisation'])
export class Target {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', nullable: true })
  honorific: string | null;

  @Column({ type: 'text' })
  name: string;

  /** The role line as printed, e.g. "Minister of People's Security". */
  @Column({ type: 'text', nullable: true })
  title: string | null;

  @Column({ type: 'text', nullable: true })
  organisation: string | null;

  @Column({ type: 'enum', enum: TargetKind, enumName: 'target_kind' })
  kind: TargetKind;

  /** ISO 3166-1 alpha-2 of the country the target sits in. */
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  addressLines: string[];

  /** The fax number as the document printed it, and its E.164 form. */
  @Column({ type: 'text', nullable: true })
  faxPrinted: string | null;

  @Column({ type: 'text', nullable: true })
  fax: string | null;

  @Column({ type: 'text', nullable: true })
  phonePrinted: string | null;

  @Column({ type: 'text', nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  emailPrinted: string | null;

  /** The address every sender uses: the first of `emails` that has not bounced. */
  @Column({ type: 'text', nullable: true })
  email: string | null;

  /** Every address the target prints, normalised, in the order printed. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  emails: string[];

  /** Those of `emails` that failed permanently; the next one is used instead. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  undeliverableEmails: string[];

  @Column({ type: 'text', nullable: true })
  salutation: string | null;

  /** BCP 47 tag of the language the office reads. */
  @Column({ type: 'text', nullable: true })
  preferredLanguage: string | null;

  /** IANA time zone of the office, for sending faxes in office hours. */
  @Column({ type: 'text', nullable: true })
  timeZone: string | null;

  /** Letters per hour the system sends this office; null: TARGET_MESSAGES_PER_HOUR. */
  @Column({ type: 'int', nullable: true })
  messagesPerHour: number | null;

  /** Set when mail to `email` failed permanently (5xx, unknown recipient): staff decide before anything more is sent. */
  @Column({ type: 'timestamptz', nullable: true })
  emailUndeliverableAt: Date | null;

  @Column({ type: 'text', nullable: true })
  emailUndeliverableReason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
