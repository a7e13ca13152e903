import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsTimeZone, Matches, MaxLength } from 'class-validator';

/** The document as text (JSON), or the fields sent beside an uploaded file (multipart). */
export class ImportDocumentDto {
  @ApiPropertyOptional({ description: 'The text of the Urgent Action document; or upload it as `file`' })
  @IsOptional()
  @IsString()
  @MaxLength(500_000)
  text?: string;

  @ApiPropertyOptional({ example: 'Europe/London', description: 'The zone the deadline is read in, as confirmed by the user' })
  @IsOptional()
  @IsTimeZone({ message: 'timeZone must be an IANA time zone such as Europe/London' })
  timeZone?: string;

  @ApiPropertyOptional({ example: 'GB', description: 'Section code; its time zone is the default for the deadline' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @Matches(/^[A-Z0-9-]{2,12}$/, { message: 'section must be a section code such as "GB"' })
  section?: string;
}
