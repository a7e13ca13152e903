import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import type { Supporter } from '../supporters/supporter.entity';
import type { WebhookEndpoint } from './webhook-endpoint.entity';
import type { WebhookEventName } from './webhook-events';

export type WebhookDeliveryStatus = 'queued' | 'delivered' | 'failed';

/**
 * One event for one endpoint: written before any job exists, and the truth (a job only wakes a worker). The body is
 * kept as sent, so every attempt signs the same bytes; `dedupeKey` makes an event reach an endpoint once.
 */
@Entity('webhook_delivery')
@Index('webhook_delivery_endpoint_idx', ['endpointId', 'createdAt'])
@Index('webhook_delivery_supporter_idx', ['supporterId'])
@Index('webhook_delivery_queued_idx', ['createdAt'], { where: `"status" = 'queued'` })
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  endpointId: string;

  @ManyToOne('WebhookEndpoint', { onDelete: 'CASCADE', nullable: false })
  @JoinColumn({ name: 'endpointId' })
  endpoint?: Relation<WebhookEndpoint>;

  @Column({ type: 'text' })
  event: WebhookEventName;

  /** E.g. "published:<actionId>:<endpointId>", "appeal:<appealRecordId>:<endpointId>". */
  @Column({ type: 'text', unique: true })
  dedupeKey: string;

  @Column({ type: 'text' })
  body: string;

  /**
   * The writer whose name and address the body carries (an appeal to their own section, with their consent). Erasing
   * them erases the delivery; once it went (or failed for good), the body loses them and this is cleared.
   */
  @Column({ type: 'uuid', nullable: true })
  supporterId: string | null;

  @ManyToOne('Supporter', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'supporterId' })
  supporter?: Relation<Supporter> | null;

  @Column({ type: 'text', default: 'queued' })
  status: WebhookDeliveryStatus;

  @Column({ type: 'int', default: 0 })
  attempts: number;

  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
