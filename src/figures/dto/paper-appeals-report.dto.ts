import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AppealChannel } from '../../supporters/appeal-channel';

export const REPORTABLE_CHANNELS = [AppealChannel.Post, AppealChannel.Fax, AppealChannel.Email, AppealChannel.Other] as const;
export type ReportableChannel = (typeof REPORTABLE_CHANNELS)[number];

/** Letters a section's members sent on their own (on paper, by fax): a count and the day they went. */
export class PaperAppealsReportDto {
  @ApiProperty({ example: 120, description: 'letters sent that day' })
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  letterCount: number;

  @ApiProperty({ example: '2012-03-28', description: 'the day they were sent, in the section’s time zone' })
  @IsISO8601({ strict: true }, { message: 'sentOn must be a date such as 2012-03-28' })
  sentOn: string;

  @ApiPropertyOptional({ enum: REPORTABLE_CHANNELS, default: AppealChannel.Post })
  @IsOptional()
  @IsIn(REPORTABLE_CHANNELS)
  channel?: ReportableChannel;

  @ApiPropertyOptional({ description: 'the target they were addressed to, when all went to one' })
  @IsOptional()
  @IsUUID()
  targetId?: string;
}
