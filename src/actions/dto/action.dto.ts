import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { PublicSectionDto, SectionDto } from '../../sections/dto/section.dto';
import { PublicTargetDto, TargetDto } from '../../targets/dto/target.dto';
import { ActionOutcome, ActionStatus, ActionUpdateKind, Gender, RiskCode, SubjectStatus, TargetRole } from '../action-vocabulary';

const example = SEED_EXAMPLE;

export class SubjectDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 0 })
  position: number;

  @ApiProperty({ description: 'A name, or a group description', example: example.subject.name })
  name: string;

  @ApiProperty({ example: example.subject.isGroup })
  isGroup: boolean;

  @ApiProperty({ type: Number, nullable: true, example: example.subject.groupSize })
  groupSize: number | null;

  @ApiProperty({ enum: Gender, enumName: 'Gender', example: example.subject.gender })
  gender: Gender;

  @ApiProperty({ type: String, nullable: true, example: example.subject.genderPrinted })
  genderPrinted: string | null;

  @ApiProperty()
  isPseudonym: boolean;

  @ApiProperty({ enum: SubjectStatus, enumName: 'SubjectStatus', example: example.subject.status })
  status: SubjectStatus;
}

/** The parts of an action a letter quotes, in one language. */
export class ActionTextDto {
  @ApiProperty()
  title: string;

  @ApiProperty({ required: false })
  summary?: string;

  @ApiProperty({ type: [String], required: false })
  asks?: string[];

  @ApiProperty({ required: false })
  appealsAddressedTo?: string;
}

/** An action as the public list shows it: its fields and people at risk. */
@ApiExtraModels(ActionTextDto)
export class PublicActionSummaryDto {
  @ApiProperty({ format: 'uuid', example: example.actionId })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: example.reference })
  reference: string | null;

  @ApiProperty({ type: String, nullable: true, example: example.documentIndex })
  documentIndex: string | null;

  @ApiProperty({ example: example.title })
  title: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: example.country })
  country: string;

  @ApiProperty()
  summary: string;

  @ApiProperty({ description: 'Paragraphs separated by a blank line' })
  body: string;

  @ApiProperty()
  additionalInformation: string;

  @ApiProperty({ type: [String] })
  asks: string[];

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(ActionTextDto) },
    description: 'Title, summary, asks and "appeals addressed to" per language tag, as staff translated them',
  })
  translations: Record<string, ActionTextDto>;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'Per language tag, how a letter names the people at risk',
    example: { en: example.subjectPhrase },
  })
  subjectPhrases: Record<string, string>;

  @ApiProperty({ type: [String], description: 'BCP 47 tags of the languages to write in', example: example.languages })
  languages: string[];

  @ApiProperty({ description: '"or your own language"' })
  acceptsOwnLanguage: boolean;

  @ApiProperty({ enum: RiskCode, enumName: 'RiskCode', isArray: true, example: example.risks })
  risks: RiskCode[];

  @ApiProperty({ type: String, nullable: true, example: example.appealsAddressedTo })
  appealsAddressedTo: string | null;

  @ApiProperty()
  invitesLocalDiplomaticCopies: boolean;

  @ApiProperty()
  lateAppealsAllowed: boolean;

  @ApiProperty({ enum: ActionStatus, enumName: 'ActionStatus', example: ActionStatus.Published })
  status: ActionStatus;

  @ApiProperty({ type: String, enum: ActionOutcome, enumName: 'ActionOutcome', nullable: true })
  outcome: ActionOutcome | null;

  @ApiProperty({ type: String, format: 'date', nullable: true, example: example.issuedOn })
  issuedOn: string | null;

  @ApiProperty({ type: String, format: 'date-time', example: example.appealDeadline })
  appealDeadline: Date;

  @ApiProperty({ description: 'IANA zone the deadline was set in', example: example.appealDeadlineTimeZone })
  appealDeadlineTimeZone: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, example: example.publishedAt })
  publishedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  closedAt: Date | null;

  @ApiProperty({ description: 'A demonstration for newcomers, addressed only to reserved example addresses' })
  isDemonstration: boolean;

  @ApiProperty({ type: Number, nullable: true, example: 5000 })
  appealGoal: number | null;

  @ApiProperty({ type: [SubjectDto] })
  subjects: SubjectDto[];
}

export class PublicActionTargetDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TargetRole, enumName: 'TargetRole', example: TargetRole.Primary })
  role: TargetRole;

  @ApiProperty({ example: 0 })
  position: number;

  @ApiProperty({ type: PublicTargetDto })
  target: PublicTargetDto;

  @ApiProperty({ type: PublicSectionDto, nullable: true, description: 'The section that attached this local target' })
  section: PublicSectionDto | null;
}

/** One action as the public reads it, with its targets. */
export class PublicActionDto extends PublicActionSummaryDto {
  @ApiProperty({ type: [PublicActionTargetDto] })
  targets: PublicActionTargetDto[];
}

/** An action in the staff list: every field, with its people at risk. */
export class ActionSummaryDto extends PublicActionSummaryDto {
  @ApiProperty({ description: 'False while a working deadline the importer set waits for staff to confirm it' })
  appealDeadlineConfirmed: boolean;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  embargoUntil: Date | null;

  @ApiProperty({ example: 1 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

export class ActionTargetDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: TargetRole, enumName: 'TargetRole' })
  role: TargetRole;

  @ApiProperty()
  position: number;

  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "When staff stopped offering new writers the system's sending to it",
  })
  systemSendingPausedAt: Date | null;

  @ApiProperty({ type: TargetDto })
  target: TargetDto;

  @ApiProperty({ type: SectionDto, nullable: true })
  section: SectionDto | null;
}

/** One action as staff and coordinators read it, with its targets. */
export class ActionDto extends ActionSummaryDto {
  @ApiProperty({ type: [ActionTargetDto] })
  targets: ActionTargetDto[];
}

export class PublicActionUpdateDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 1 })
  sequence: number;

  @ApiProperty({ enum: ActionUpdateKind, enumName: 'ActionUpdateKind' })
  kind: ActionUpdateKind;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  @ApiProperty({ type: String, nullable: true })
  documentIndex: string | null;

  @ApiProperty({ type: [String], nullable: true })
  asks: string[] | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  newAppealDeadline: Date | null;

  @ApiProperty({ type: String, enum: ActionOutcome, enumName: 'ActionOutcome', nullable: true })
  outcome: ActionOutcome | null;

  @ApiProperty({ type: String, format: 'date-time' })
  publishedAt: Date;
}

export class ActionUpdateDto extends PublicActionUpdateDto {
  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
