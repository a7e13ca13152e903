import { ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsBoolean, IsEnum, IsOptional } from 'class-validator';
import { NoticeFrequency } from '../notice-frequency';
import { SupporterProfileDto } from './sign-up.dto';

export class UpdateProfileDto extends PartialType(SupporterProfileDto) {
  @ApiPropertyOptional({
    enum: NoticeFrequency,
    enumName: 'NoticeFrequency',
    description: 'Each notice as it happens, or a daily or weekly summary',
  })
  @IsOptional()
  @IsEnum(NoticeFrequency, { message: `noticeFrequency must be one of ${Object.values(NoticeFrequency).join(', ')}` })
  noticeFrequency?: NoticeFrequency;

  @ApiPropertyOptional({ description: 'Whether the supporter’s section may have their name, address and appeals (off until set)' })
  @IsOptional()
  @IsBoolean()
  sharesWithSection?: boolean;
}
