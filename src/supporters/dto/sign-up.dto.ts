import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsISO31661Alpha2, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { SingleLine } from '../../accounts/single-line';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The profile fields a supporter gives and may change later. */
export class SupporterProfileDto {
  @ApiProperty({ example: 'Alex Writer' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  @SingleLine()
  name: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(200)
  @SingleLine()
  city?: string;

  @ApiPropertyOptional({ example: 'GB' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.toUpperCase() : value))
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ example: 'en', description: 'BCP 47 tag' })
  @IsOptional()
  @Matches(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'language must be a BCP 47 tag such as en or pt-BR' })
  language?: string;
}

export class SignUpDto extends SupporterProfileDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiPropertyOptional({ description: 'The section whose supporter network to join' })
  @IsOptional()
  @IsUUID()
  sectionId?: string;

  @ApiPropertyOptional({ description: 'Follow one action only; absent: the whole network' })
  @IsOptional()
  @IsUUID()
  actionId?: string;

  /** Honeypot: hidden on the form, so only a bot fills it in. */
  @ApiPropertyOptional({ description: 'Leave empty' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  website?: string;
}

export class MagicLinkRequestDto {
  @ApiProperty()
  @Transform(trimmed)
  @IsEmail()
  @MaxLength(320)
  email: string;
}
