import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsInt,
  IsISO31661Alpha2,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

export class SectionFieldsDto {
  @ApiProperty({ example: 'GB' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9-]{2,12}$/, { message: 'code must be 2 to 12 letters, digits or dashes, e.g. "GB"' })
  code: string;

  @ApiProperty({ example: 'GB' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsISO31661Alpha2()
  country: string;

  @ApiProperty({ example: 'United Kingdom section' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ type: [String], example: ['en'] })
  @IsArray()
  @ArrayUnique()
  @IsLocale({ each: true, message: 'languages must hold BCP 47 tags such as "en"' })
  languages: string[];

  @ApiProperty({ example: 'Europe/London' })
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/London' })
  timeZone: string;

  @ApiProperty({ example: 'ua@section.example.org' })
  @IsEmail({}, { message: 'contactEmail must be an email address' })
  contactEmail: string;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsEmail({}, { each: true, message: 'reminderEmails must hold email addresses' })
  reminderEmails?: string[];

  @ApiPropertyOptional({ type: [Number], example: [7, 2, 0], description: 'Days before the deadline; 0 is the day itself' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(60, { each: true })
  reminderDaysBefore?: number[];
}
