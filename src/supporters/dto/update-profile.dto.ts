import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { NoticeFrequency } from '../notice-frequency';
import { SupporterProfileDto } from './sign-up.dto';

export class UpdateProfileDto extends PartialType(SupporterProfileDto) {
  @ApiPropertyOptional({ enum: NoticeFrequency, description: 'Each notice as it happens, or a daily or weekly summary' })
  @IsOptional() @IsEnum(NoticeFrequency, { message: `noticeFrequency must be one of ${Object.values(NoticeFrequency).join(', ')}` })
  noticeFrequency?: NoticeFrequency;
}
