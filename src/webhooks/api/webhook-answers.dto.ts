import { ApiProperty } from '@nestjs/swagger';
import { WEBHOOK_EVENTS, WebhookEventName } from '../webhook-events';

/** An endpoint as its owner sees it: never its secret. */
export class WebhookEndpointDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null: the network’s endpoint' }) sectionId: string | null;
  @ApiProperty({ example: 'https://crm.section.example.org/hooks/urgent-action' }) url: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS, isArray: true }) events: WebhookEventName[];
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdByUserId: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}

/** One line of an endpoint's delivery log. */
export class WebhookDeliveryLogDto {
  @ApiProperty({ format: 'uuid', description: 'Sent as webhook-id' }) id: string;
  @ApiProperty({ enum: WEBHOOK_EVENTS }) event: WebhookEventName;
  @ApiProperty({ enum: ['queued', 'delivered', 'failed'] }) status: string;
  @ApiProperty({ minimum: 0 }) attempts: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The receiver’s answer to the last attempt' }) lastStatusCode: number | null;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) lastAttemptAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) deliveredAt: Date | null;
  @ApiProperty({ format: 'date-time' }) createdAt: Date;
}
