import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RequestedLetter } from '../../letters/consent/letter-request-record';
import { LetterRequestStatus } from '../../letters/consent/letter-request-status';
import { DeliveryStatus, NotificationKind } from '../../notifications/outbox/notification-vocabulary';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import type { ExportedLetter, ExportedLetterRequest } from '../../privacy/writer-data';
import { AppealChannel } from '../appeal-channel';
import type {
  ExportedAction,
  ExportedAppeal,
  ExportedMessage,
  ExportedSession,
  ExportedSubscription,
  ExportedSupporter,
  ExportedTarget,
  PersonalDataExport,
} from '../personal-data-export';
import { SupporterDto } from './supporter.dto';

/** The supporter's profile and the bookkeeping about them. */
export class ExportedSupporterDto extends SupporterDto implements ExportedSupporter {
  @ApiProperty({
    type: String,
    format: 'date-time',
    description: 'Their last sign-in or change: inactive supporters are removed after the retention period',
  })
  lastActiveAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When a sign-in link was last used' })
  signInLinkUsedAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'Set when mail to their address bounced: no more notices go to it',
  })
  emailBouncedAt: Date | null;

  @ApiProperty({ type: String, nullable: true })
  emailBounceReason: string | null;
}

export class ExportedActionDto implements ExportedAction {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.reference })
  reference: string | null;

  @ApiProperty({ example: SEED_EXAMPLE.title })
  title: string;
}

export class ExportedTargetDto implements ExportedTarget {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.target.id })
  id: string;

  @ApiProperty({ example: SEED_EXAMPLE.target.name })
  name: string;
}

export class ExportedSubscriptionDto implements ExportedSubscription {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: ExportedActionDto, nullable: true, description: 'The action followed; null for news of every new action' })
  action: ExportedActionDto | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  unsubscribedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Signed up again after unsubscribing, not yet confirmed' })
  resubscribeRequestedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

/** An appeal they sent or reported. */
export class ExportedAppealDto implements ExportedAppeal {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: ExportedActionDto })
  action: ExportedActionDto;

  @ApiProperty({ type: ExportedTargetDto, nullable: true })
  target: ExportedTargetDto | null;

  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel', example: AppealChannel.Email })
  channel: AppealChannel;

  @ApiProperty({ example: 1 })
  letterCount: number;

  @ApiProperty({ type: String, nullable: true, example: 'ko' })
  language: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The sent letter's Message-ID or fax id, when the system sent it" })
  messageId: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  sentAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  recordedAt: Date;
}

export class ExportedSessionDto implements ExportedSession {
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  expiresAt: Date | null;
}

/** A message sent, or to be sent, to them. */
export class ExportedMessageDto implements ExportedMessage {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NotificationKind, enumName: 'NotificationKind', example: NotificationKind.UpdateNotice })
  kind: NotificationKind;

  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus', example: DeliveryStatus.Sent })
  status: DeliveryStatus;

  @ApiProperty({ description: 'The address it went to; empty once erased', example: 'ji-woo@example.org' })
  recipient: string;

  @ApiProperty({ type: String, nullable: true, example: 'Ji-woo Park' })
  recipientName: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: SEED_EXAMPLE.actionId })
  actionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  updateId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  sectionId: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was sent, failed or was cancelled' })
  settledAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

/** The letter as the writer asked for it, kept until it is in the outbox or cancelled. */
export class RequestedLetterDto implements RequestedLetter {
  @ApiProperty({ example: 'Ji-woo Park' })
  name: string;

  @ApiPropertyOptional({ example: 'Busan' })
  city?: string;

  @ApiPropertyOptional({ example: 'KR' })
  country?: string;

  @ApiPropertyOptional({ example: 'ko' })
  language?: string;

  @ApiPropertyOptional()
  personalNote?: string;
}

/** A request to send a letter in their name, made from their account or their address. */
export class ExportedLetterRequestDto implements ExportedLetterRequest {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.target.id })
  targetId: string;

  @ApiProperty({ enum: ['email', 'fax'], example: 'email' })
  channel: 'email' | 'fax';

  @ApiProperty({ enum: LetterRequestStatus, enumName: 'LetterRequestStatus', example: LetterRequestStatus.Confirmed })
  status: LetterRequestStatus;

  @ApiProperty({ example: 'ji-woo@example.org' })
  writerEmail: string;

  @ApiProperty({ type: RequestedLetterDto, nullable: true, description: 'Null once the letter is in the outbox or cancelled' })
  letter: RequestedLetterDto | null;

  @ApiProperty({ type: String, nullable: true, description: 'The address the request came from' })
  requesterIp: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  confirmedAt: Date | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The appeal it became once confirmed' })
  appealRecordId: string | null;
}

/** A letter the system was asked to send in their name, as far as it is still held. */
export class ExportedLetterDto implements ExportedLetter {
  @ApiProperty({ format: 'uuid' })
  appealRecordId: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: SEED_EXAMPLE.actionId })
  actionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: SEED_EXAMPLE.target.id })
  targetId: string | null;

  @ApiProperty({ enum: DeliveryStatus, enumName: 'DeliveryStatus', example: DeliveryStatus.Queued })
  status: DeliveryStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  settledAt: Date | null;

  @ApiProperty({ example: `Urgent appeal: ${SEED_EXAMPLE.title}` })
  subject: string;

  @ApiProperty({ example: 'en' })
  language: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The name it goes under; null once it no longer holds its writer',
    example: 'Ji-woo Park',
  })
  fromName: string | null;

  @ApiProperty({ type: String, nullable: true })
  replyToName: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'ji-woo@example.org' })
  replyToAddress: string | null;

  @ApiProperty({ description: "The letter's words; empty once it has gone and no longer holds its writer" })
  text: string;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.target.fax })
  faxNumber: string | null;

  @ApiProperty({ description: "The fax's PDF is still held" })
  holdsFaxPdf: boolean;
}

/** Everything held about the signed-in supporter. */
export class PersonalDataExportDto implements PersonalDataExport {
  @ApiProperty({ type: String, format: 'date-time' })
  exportedAt: Date;

  @ApiProperty({ type: ExportedSupporterDto })
  supporter: ExportedSupporterDto;

  @ApiProperty({ type: [ExportedSubscriptionDto], description: 'Oldest first' })
  subscriptions: ExportedSubscriptionDto[];

  @ApiProperty({ type: [ExportedAppealDto], description: 'In the order sent' })
  appeals: ExportedAppealDto[];

  @ApiProperty({ type: [ExportedSessionDto], description: 'Their sign-ins: when each session began and ends, never the token' })
  sessions: ExportedSessionDto[];

  @ApiProperty({ type: [ExportedMessageDto], description: 'The mail sent, or to be sent, to them' })
  messages: ExportedMessageDto[];

  @ApiProperty({ type: [ExportedLetterDto], description: 'Letters the system was asked to send in their name' })
  letters: ExportedLetterDto[];

  @ApiProperty({ type: [ExportedLetterRequestDto], description: 'The requests behind those letters' })
  letterRequests: ExportedLetterRequestDto[];
}
