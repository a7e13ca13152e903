import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A rendered message shared by many outbox rows (one per fan-out and language, or per reminder), so a notice to
 * 100,000 supporters is stored once. `{{recipientName}}` and `{{unsubscribeUrl}}` are left for the send step.
 */
@Entity('notification_content')
export class NotificationContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  /** BCP 47 tag of the language the message's own words are in. */
  @Column({ type: 'text' })
  language: string;

  @Column({ type: 'text' })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** A letter is written under the supporter's name (at MAIL_FROM); a notice under the organisation's. */
  @Column({ type: 'text', nullable: true })
  fromName: string | null;

  @Column({ type: 'text', nullable: true })
  replyToName: string | null;

  @Column({ type: 'text', nullable: true })
  replyToAddress: string | null;

  @Column({ type: 'text', array: true, nullable: true })
  cc: string[] | null;

  @Column({ type: 'jsonb', nullable: true })
  headers: Record<string, string> | null;

  /** Set for a fax: it goes through the FaxGateway (email-to-fax or HTTP) with `attachment` as the page. */
  @Column({ type: 'text', nullable: true })
  faxNumber: string | null;

  @Column({ type: 'text', nullable: true })
  attachmentName: string | null;

  /** The letter's PDF as the supporter saw it when they asked, so a later template edit cannot change it. */
  @Column({ type: 'bytea', nullable: true })
  attachment: Buffer | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
