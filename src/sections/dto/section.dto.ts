import { ApiProperty } from '@nestjs/swagger';

/** Which office attached a local target: never its contact or reminder addresses. */
export class PublicSectionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'KR' })
  code: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'KR' })
  country: string;

  @ApiProperty({ example: 'Korean section' })
  name: string;

  @ApiProperty({ type: [String], example: ['ko'] })
  languages: string[];
}

/** A national office, as staff and its coordinators see it. */
export class SectionDto extends PublicSectionDto {
  @ApiProperty({ description: 'IANA zone', example: 'Asia/Seoul' })
  timeZone: string;

  @ApiProperty({ format: 'email' })
  contactEmail: string;

  @ApiProperty({ type: [String] })
  reminderEmails: string[];

  @ApiProperty({ type: [Number], description: 'Days before a deadline the office is reminded', example: [7, 2, 0] })
  reminderDaysBefore: number[];

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}
