import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsEnum,
  IsISO31661Alpha2,
  IsInt,
  IsLocale,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsTimeZone,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { TargetKind } from '../target-kind';
import { IsDialableForCountry } from '../is-dialable-for-country.validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upper = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toUpperCase() : value);

/** A target as staff type it, or as a document prints it. Numbers and emails are kept as printed and normalised. */
export class TargetFieldsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Mr' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  @Transform(trim)
  honorific?: string | null;

  @ApiProperty({ example: 'Sin Son-ho' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  @Transform(trim)
  name: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example:
      "Ambassador of the Permanent Mission of the Democratic People's Republic of Korea to the Office of the United Nations in New York",
  })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Transform(trim)
  title?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  @Transform(trim)
  organisation?: string | null;

  @ApiProperty({ enum: TargetKind })
  @IsEnum(TargetKind)
  kind: TargetKind;

  @ApiProperty({ example: 'US', description: 'ISO 3166-1 alpha-2' })
  @Transform(upper)
  @IsISO31661Alpha2()
  country: string;

  @ApiPropertyOptional({ type: [String], example: ['820 Second Ave, 13th Floor', 'New York, NY 10017', 'USA'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(200, { each: true })
  addressLines?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '+1 212 972 3154', description: 'As printed; stored also in E.164' })
  @IsOptional()
  @IsString()
  @IsDialableForCountry()
  fax?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+1 212 972 3100' })
  @IsOptional()
  @IsString()
  @IsDialableForCountry()
  phone?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'dpr.korea@verizon.net',
    description: 'The first address; kept for clients that know only one',
  })
  @IsOptional()
  @Transform(trim)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['despacho@seguridad.example.hn', 'prensa@seguridad.example.hn'],
    description: 'Every address, in order; senders use the first that has not bounced. With `email` too, `email` comes first',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @Transform(({ value }) => (Array.isArray(value) ? value.map((each) => (typeof each === 'string' ? each.trim() : each)) : value))
  @IsEmail({}, { each: true, message: 'emails must be a list of email addresses' })
  emails?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Your Excellency' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Transform(trim)
  salutation?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'en', description: 'BCP 47 tag' })
  @IsOptional()
  @IsLocale()
  preferredLanguage?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'America/New_York', description: 'IANA time zone of the office' })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;

  @ApiPropertyOptional({
    type: Number,
    example: 120,
    minimum: 1,
    maximum: 3600,
    nullable: true,
    description:
      'Letters per hour the system sends this office (null: TARGET_MESSAGES_PER_HOUR). Raise it for an office that reads email all day',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(3600)
  messagesPerHour?: number | null;
}
