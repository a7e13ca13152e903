import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** No control characters: these values go into mail headers and PDF metadata. */
export const SINGLE_LINE = /^[^\u0000-\u001f\u007f]*$/;
export const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

/** Where a supporter writes from: the same fields in the letter preview and in a send, so the preview is the letter sent. */
export class SupporterPlaceDto {
  @ApiPropertyOptional({ example: 'Busan' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SINGLE_LINE, { message: 'city must be a single line' })
  city?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 code or the country as written', example: 'KR' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  @Matches(SINGLE_LINE, { message: 'country must be a single line' })
  country?: string;
}

/** How a supporter signs, when the name may be left out (a preview, a reported letter). */
export class SupporterFieldsDto extends SupporterPlaceDto {
  @ApiPropertyOptional({ example: 'Ji-woo Park' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  @Matches(SINGLE_LINE, { message: 'name must be a single line' })
  name?: string;
}
