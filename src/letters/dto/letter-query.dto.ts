import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID, Matches } from 'class-validator';
import { PersonalNoteField } from './personal-note.decorator';
import { LANGUAGE_TAG, SupporterFieldsDto } from './supporter-fields.dto';

export class LetterQueryDto extends SupporterFieldsDto {
  @ApiPropertyOptional({ description: 'Only the letter to this target' })
  @IsOptional()
  @IsUUID('all', { message: 'target must be a UUID' })
  target?: string;

  @ApiPropertyOptional({ description: 'BCP 47 language; default: the target’s, else the action’s first', example: 'ko' })
  @IsOptional()
  @Matches(LANGUAGE_TAG, { message: 'lang must be a language tag such as "en" or "ko"' })
  lang?: string;

  @ApiPropertyOptional({ description: 'A section’s translation and local targets' })
  @IsOptional()
  @IsUUID('all', { message: 'section must be a UUID' })
  section?: string;

  @PersonalNoteField()
  personalNote?: string;
}

export class LetterPdfQueryDto extends LetterQueryDto {
  @ApiPropertyOptional({ description: 'A `pdfUrl`’s reference to the writer’s fields (works for an hour), in place of them' })
  @IsOptional()
  @Matches(/^[\w-]+\.[\w-]+$/, { message: 'ref must be a reference from a pdfUrl' })
  ref?: string;
}
