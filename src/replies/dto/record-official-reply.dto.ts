import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBase64,
  IsBoolean,
  IsEnum,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { ReplyChannel } from '../reply-channel';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** A scan or the mail itself, as base64. */
export class ReplyAttachmentDto {
  @ApiProperty({ example: 'reply-from-the-ministry.pdf' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Matches(/^[^/\\\u0000-\u001f]+$/, { message: 'fileName must be a plain file name' })
  fileName: string;

  @ApiProperty({ example: 'application/pdf' })
  @Matches(/^(application\/pdf|image\/(png|jpeg)|text\/plain|message\/rfc822)$/, {
    message: 'contentType must be a PDF, PNG, JPEG, plain text or an email',
  })
  contentType: string;

  @ApiProperty({ description: 'The file, base64; at most 5 MB once decoded' })
  @IsBase64()
  @MaxLength(7_000_000)
  base64: string;
}

export class RecordOfficialReplyDto {
  @ApiProperty({ description: 'One of the action’s targets (its own, or a section’s local one)' })
  @IsUUID()
  targetId: string;

  @ApiProperty({ example: '2012-04-20', description: 'The day it arrived' })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'receivedOn must be a date such as 2012-04-20' })
  receivedOn: string;

  @ApiProperty({ enum: ReplyChannel })
  @IsEnum(ReplyChannel)
  channel: ReplyChannel;

  @ApiProperty({ example: 'The ministry says the case is under review and the men are in good health.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  @Transform(trim)
  summary: string;

  @ApiPropertyOptional({ default: false, description: 'Shown on the action’s public page' })
  @IsOptional()
  @IsBoolean()
  isPublic?: boolean;

  @ApiPropertyOptional({ type: ReplyAttachmentDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReplyAttachmentDto)
  attachment?: ReplyAttachmentDto;
}
