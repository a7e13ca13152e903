import { ApiProperty } from '@nestjs/swagger';
import { NoticeFrequency } from '../notice-frequency';
import type { SupporterProfile } from '../supporter-profile';

/** A supporter's own profile, as answered to them. */
export class SupporterDto implements SupporterProfile {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Lower-cased', example: 'ji-woo@example.org' })
  email: string;

  @ApiProperty({ example: 'Ji-woo Park' })
  name: string;

  @ApiProperty({ type: String, nullable: true, example: 'Busan' })
  city: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2', example: 'KR' })
  country: string | null;

  @ApiProperty({ description: 'BCP 47 tag: the language of their pages and mail', example: 'ko' })
  language: string;

  @ApiProperty({
    enum: NoticeFrequency,
    enumName: 'NoticeFrequency',
    description: 'Each notice as it happens, or a daily or weekly summary',
    example: NoticeFrequency.Immediately,
  })
  noticeFrequency: NoticeFrequency;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The section whose network they joined' })
  sectionId: string | null;

  @ApiProperty({ description: 'Whether their section may have their name, address and appeals' })
  sharesWithSection: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When they followed the confirmation link' })
  confirmedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
