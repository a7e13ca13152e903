import { ApiProperty } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { AppealChannel } from '../../supporters/appeal-channel';
import { LetterRequestStatus } from '../consent/letter-request-status';

/** "I've sent it": the appeal the report counts as. */
export class ReportedLetterReceiptDto {
  @ApiProperty({ description: 'The appeal record it counts as' })
  appealRecordId: string;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.target.id })
  targetId: string;

  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel', example: AppealChannel.Post })
  channel: AppealChannel;

  @ApiProperty({ type: String, nullable: true, example: 'en' })
  language: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Always null: the writer sent it, not the system' })
  messageId: string | null;

  @ApiProperty({ type: String, format: 'date-time', description: 'When it was reported: the appeal counts from then' })
  sentAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  dueAt: Date | null;

  @ApiProperty({ description: 'The same writer reported this letter before: this is that report, counted once' })
  repeated: boolean;
}

export class WriterConfirmationDto {
  @ApiProperty({ description: 'Where the confirmation link went' })
  sentTo: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'Until when the link works' })
  expiresAt: Date;
}

/** A letter the writer asked the system to send by email or fax. */
export class LetterRequestReceiptDto {
  @ApiProperty({ format: 'uuid' })
  letterRequestId: string;

  @ApiProperty({ enum: LetterRequestStatus, enumName: 'LetterRequestStatus' })
  status: LetterRequestStatus;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.target.id })
  targetId: string;

  @ApiProperty({ enum: AppealChannel, enumName: 'AppealChannel', example: AppealChannel.Email })
  channel: AppealChannel;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The appeal it counts as: null until the writer confirms' })
  appealRecordId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'en' })
  language: string | null;

  @ApiProperty({ type: String, nullable: true, description: "The sent letter's Message-ID or fax id; null until it has gone" })
  messageId: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When it was confirmed' })
  sentAt: Date | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it will go, paced per target; null until confirmed',
  })
  dueAt: Date | null;

  @ApiProperty({ type: WriterConfirmationDto, nullable: true, description: 'While it awaits confirmation' })
  confirmation: WriterConfirmationDto | null;

  @ApiProperty({ description: 'This writer asked for this letter before: this is that request' })
  repeated: boolean;

  @ApiProperty({ type: String, nullable: true })
  cancelReason: string | null;
}

/** A letter as the confirmation page lists it: to whom, about what, signed how. */
export class DescribedLetterDto extends LetterRequestReceiptDto {
  @ApiProperty({ example: SEED_EXAMPLE.title })
  actionTitle: string;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.reference })
  actionReference: string | null;

  @ApiProperty({ example: SEED_EXAMPLE.target.name })
  targetName: string;

  @ApiProperty({ type: String, nullable: true, description: 'The name the letter is signed with, while it waits', example: 'Ji-woo Park' })
  signedAs: string | null;
}

/** The letters a confirmation link sends, before the writer sends them. */
export class AwaitingLettersDto {
  @ApiProperty({ format: 'email', example: 'ji-woo@example.org' })
  writerEmail: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'Until when the link works' })
  expiresAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Set once the link was used' })
  confirmedAt: Date | null;

  @ApiProperty({ type: [DescribedLetterDto] })
  letters: DescribedLetterDto[];
}

/** The writer's consent, given: each letter counted and queued, or cancelled with the reason it can no longer go. */
export class ConfirmedLettersDto {
  @ApiProperty({ type: [LetterRequestReceiptDto] })
  letters: LetterRequestReceiptDto[];
}
