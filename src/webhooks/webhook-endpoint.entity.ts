import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Section } from '../sections/section.entity';
import type { WebhookEventName } from './webhook-events';

/** Where a section's tool (or the network's, for an admin) wants to hear what happened: a URL and the secret that signs. */
@Entity('webhook_endpoint')
@Index('webhook_endpoint_section_idx', ['sectionId'])
export class WebhookEndpoint {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The section whose tool this is; null: the network's (admins only). */
  @Column({ type: 'uuid', nullable: true })
  sectionId: string | null;

  @ManyToOne('Section', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'sectionId' })
  section?: Relation<Section> | null;

  @Column({ type: 'text' })
  url: string;

  /** Shared with the receiver, who checks each signature with it; kept as given (it must sign), never shown again. */
  @Column({ type: 'text', select: false })
  secret: string;

  @Column({ type: 'text', array: true })
  events: WebhookEventName[];

  /** No foreign key: the endpoint outlives the account that registered it. */
  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  /** Appeals recorded up to this instant have been looked at for this endpoint. */
  @Column({ type: 'timestamptz' })
  appealsScannedUntil: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
