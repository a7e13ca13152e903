import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * What the workers last learned about the SMTP relay itself (not about one recipient): a problem every message would
 * meet, such as a refused login or a refused sender. One row per relay, shared by every worker and shown to staff.
 */
@Entity('mail_relay_state')
export class MailRelayState {
  /** "smtp": the one relay SMTP_URL names. */
  @PrimaryColumn({ type: 'text' })
  relay: string;

  /** The relay's last answer while it is failing; null when it works. */
  @Column({ type: 'text', nullable: true })
  problem: string | null;

  /** When the relay started failing; kept while it keeps failing. */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
