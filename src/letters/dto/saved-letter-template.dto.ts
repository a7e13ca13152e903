import { ApiProperty } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { SectionDto } from '../../sections/dto/section.dto';

/** An action's own letter in one language, or a section's translation of it, as stored; a null part uses the language default. */
export class SavedLetterTemplateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: SectionDto, nullable: true, description: "The section whose translation it is; null for the action's own letter" })
  section: SectionDto | null;

  @ApiProperty({ description: 'BCP 47 base language', example: 'ko' })
  language: string;

  @ApiProperty({ type: String, nullable: true, example: 'Urgent appeal: {{action.title}}' })
  subjectLine: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Your Excellency,' })
  salutation: string | null;

  @ApiProperty({
    type: 'array',
    items: { type: 'array', items: { type: 'string' } },
    description: 'The body, paragraph by paragraph; each paragraph lists one or more alternative wordings',
    example: [['I am writing about {{list subjectNames}}.'], ['{{action.summary}}']],
  })
  paragraphs: string[][];

  @ApiProperty({ type: String, nullable: true })
  asks: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Yours sincerely,' })
  closing: string | null;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "When staff approved a section's translation; saving it again withdraws the approval",
  })
  approvedAt: Date | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  approvedById: string | null;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

/** How an action's letters are sent; an action that never set them has the defaults. */
export class ActionLetterSettingsDto {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  actionId: string;

  @ApiProperty({ description: 'The "copies to" targets are on Cc of letters emailed to a primary target (and of mailto links)' })
  copyTargetsOnCc: boolean;
}
