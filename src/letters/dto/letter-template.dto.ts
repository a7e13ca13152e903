import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

const PART_MAX = 20_000;

/** An action's own letter (or a section's translation) in one language; a part left null uses the language default. */
export class LetterTemplateDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'Urgent appeal: {{action.title}}' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  subjectLine?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Your Excellency,' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(1000)
  salutation?: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description:
      'The body, paragraph by paragraph; each paragraph lists one or more alternative wordings, one chosen per supporter and target',
    example: [['I am writing about {{list subjectNames}}.', 'I write to you about {{list subjectNames}}.'], ['{{action.summary}}']],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsArray({ each: true, message: 'each paragraph must be a list of alternative wordings' })
  @ArrayMinSize(1, { each: true, message: 'each paragraph needs at least one wording' })
  @ArrayMaxSize(10, { each: true, message: 'a paragraph has at most 10 wordings' })
  paragraphs: string[][];

  @ApiPropertyOptional({ type: String, nullable: true, example: 'I respectfully ask you to:\n{{#each asks}}\n– {{this}}\n{{/each}}' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(PART_MAX)
  asks?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'Yours sincerely,' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @MaxLength(PART_MAX)
  closing?: string | null;
}

export class LetterSettingsDto {
  @ApiProperty({ description: 'Cc the "copies to" targets on letters emailed to a primary target' })
  @IsBoolean()
  copyTargetsOnCc: boolean;
}
