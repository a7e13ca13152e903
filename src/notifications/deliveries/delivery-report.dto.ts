import { ApiProperty } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { DeliveryStatus, FanoutKind, FanoutStatus, NotificationKind } from '../outbox/notification-vocabulary';

/** A message that failed, is held (its address bounced before) or bounced, with the reason. */
export class DeliveryProblemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind', example: NotificationKind.TargetMessage })
  kind: NotificationKind;

  @ApiProperty({ description: 'An email address, or a fax number', example: SEED_EXAMPLE.target.email })
  recipient: string;

  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus', example: DeliveryStatus.Failed })
  status: DeliveryStatus;

  @ApiProperty({ description: 'SMTP attempts made', example: 5 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, example: '421 4.7.0 Try again later' })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  settledAt: Date | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Set for a letter to a target' })
  targetId: string | null;
}

/** A message queued, waiting for its time (a letter paced per target) or for its next attempt. */
export class WaitingMessageDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind', example: NotificationKind.TargetMessage })
  kind: NotificationKind;

  @ApiProperty({ example: SEED_EXAMPLE.target.email })
  recipient: string;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ example: 0 })
  attempts: number;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed, when one did' })
  lastError: string | null;
}

/** The writing of one event's notices to its audience (every supporter who follows the action). */
export class FanoutDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FanoutKind, enumName: 'FanoutKind' })
  kind: FanoutKind;

  @ApiProperty({ enum: FanoutStatus, enumName: 'FanoutStatus' })
  status: FanoutStatus;

  @ApiProperty({ description: 'Notices written so far' })
  messagesCreated: number;

  @ApiProperty({ type: String, nullable: true })
  lastError: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  settledAt: Date | null;
}

/** The SMTP relay refusing us (login, sender, connection): nothing fails for it, everything waits. */
export class RelayProblemDto {
  @ApiProperty({ example: '535 5.7.8 Authentication credentials invalid' })
  problem: string;

  @ApiProperty({ type: String, format: 'date-time' })
  failingSince: Date;
}

/** What was sent for an action, what waits, and what failed with the reason (at most 500 of each listed). */
export class DeliveryReportDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ example: 120 })
  sent: number;

  @ApiProperty({ description: 'Queued', example: 4 })
  pending: number;

  @ApiProperty({ example: 0 })
  failed: number;

  @ApiProperty({ example: 0 })
  held: number;

  @ApiProperty({ example: 0 })
  cancelled: number;

  @ApiProperty({ example: 0 })
  bounced: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'integer' } },
    description: 'Per kind of message (NotificationKind), its count per status (DeliveryStatus)',
    example: { 'target message': { sent: 120, queued: 4 } },
  })
  byKind: Record<string, Record<string, number>>;

  @ApiProperty({ type: [DeliveryProblemDto], description: 'Failed, held and bounced messages, last settled first' })
  failures: DeliveryProblemDto[];

  @ApiProperty({ type: [WaitingMessageDto], description: 'Queued messages, soonest first' })
  waiting: WaitingMessageDto[];

  @ApiProperty({ type: [FanoutDto], description: 'Notices to supporters being written, oldest first' })
  fanouts: FanoutDto[];

  @ApiProperty({ type: RelayProblemDto, nullable: true, description: 'Null while the relay accepts mail' })
  relay: RelayProblemDto | null;
}

export class RequeuedDto {
  @ApiProperty({ description: 'Failed messages queued again', example: 3 })
  requeued: number;
}
