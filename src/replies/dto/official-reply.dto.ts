import { ApiProperty } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { ReplyChannel } from '../reply-channel';

/** A reply as the public sees it: no recorder, no section, only whether a file comes with it. */
export class PublicOfficialReplyDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', description: 'The target that sent it', example: SEED_EXAMPLE.target.id })
  targetId: string;

  @ApiProperty({ format: 'date', description: 'The day it arrived', example: '2012-04-20' })
  receivedOn: string;

  @ApiProperty({ enum: ReplyChannel, enumName: 'ReplyChannel', example: ReplyChannel.Fax })
  channel: ReplyChannel;

  @ApiProperty({
    description: "What it says, in staff's words",
    example: 'The mission denies that anyone returned from China is detained.',
  })
  summary: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Set when a file comes with it (GET …/replies/{replyId}/attachment)',
    example: 'reply-from-the-mission.pdf',
  })
  attachmentName: string | null;
}

/** A reply as staff and sections see it: public or not, who recorded it, and the file's media type. */
export class OfficialReplyDto extends PublicOfficialReplyDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ description: "Shown on the action's public page" })
  isPublic: boolean;

  @ApiProperty({ type: String, nullable: true, example: 'application/pdf' })
  attachmentType: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The section that recorded it, when a coordinator did' })
  sectionId: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
