import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { ActionStatus, ActionUpdateKind, TargetRole } from '../../actions/action-vocabulary';
import { ActionFieldsDto } from '../../actions/dto/action-fields.dto';
import { SubjectFieldsDto } from '../../actions/dto/subject-fields.dto';
import { FieldErrorDto } from '../../platform/openapi/error-answer.dto';
import { SEED_EXAMPLE } from '../../platform/openapi/seed-examples';
import { TargetFieldsDto } from '../../targets/dto/target-fields.dto';
import type {
  CreatedDraft,
  DocumentLayout,
  DocumentUpdateKind,
  DraftAction,
  DraftDeadline,
  DraftTarget,
  DuplicateOf,
  FieldReading,
  ImportedDraft,
  OfferedUpdate,
  UnreadField,
} from '../imported-draft';

/** A target as the document prints it: any field may be missing. */
export class DraftTargetFieldsDto extends PartialType(TargetFieldsDto) {}

export class DraftTargetDto implements DraftTarget {
  @ApiProperty({ enum: TargetRole, enumName: 'TargetRole', example: TargetRole.Primary })
  role: TargetRole;

  @ApiProperty({ type: DraftTargetFieldsDto })
  target: DraftTargetFieldsDto;
}

/** A person or group at risk as the document names them. */
export class DraftSubjectDto extends PartialType(SubjectFieldsDto) {}

/** The action as read, in the shape `POST /api/actions` takes: whatever the document does not print is left out. */
export class DraftActionDto extends PartialType(OmitType(ActionFieldsDto, ['subjects', 'targets'] as const)) implements DraftAction {
  @ApiProperty({ type: [DraftSubjectDto] })
  subjects: DraftSubjectDto[];

  @ApiProperty({ type: [DraftTargetDto] })
  targets: DraftTargetDto[];
}

/** Where a field's value came from, and how sure the importer is of it. */
export class FieldReadingDto implements FieldReading {
  @ApiProperty({ description: 'Path in `action`', example: 'targets[0].target.fax' })
  field: string;

  @ApiProperty({ minimum: 0, maximum: 1, example: 0.9 })
  confidence: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: '1-based source line the value starts on; null when the value comes from what the document leaves out',
    example: 81,
  })
  line: number | null;

  @ApiProperty({ description: 'The source text read', example: `Fax: ${SEED_EXAMPLE.target.fax}` })
  text: string;

  @ApiPropertyOptional({
    description: "The value in canonical form when it differs from the printed one: E.164 fax, the deadline's instant",
    example: '+12129723154',
  })
  normalised?: string;
}

export class UnreadFieldDto implements UnreadField {
  @ApiProperty({ example: 'targets[0].target.email' })
  field: string;

  @ApiProperty({ example: 'the document prints no email address for this target' })
  reason: string;
}

/** The body to post to `updatePath`, as the document gives it; staff review it first. */
export class OfferedUpdateDto implements OfferedUpdate {
  @ApiProperty({ enum: [ActionUpdateKind.FurtherInformation, ActionUpdateKind.StopAction], example: ActionUpdateKind.FurtherInformation })
  kind: ActionUpdateKind.FurtherInformation | ActionUpdateKind.StopAction;

  @ApiPropertyOptional()
  title?: string;

  @ApiPropertyOptional()
  body?: string;

  @ApiPropertyOptional({ example: SEED_EXAMPLE.documentIndex })
  documentIndex?: string;

  @ApiPropertyOptional({ type: [String], description: 'The new asks, when the document prints them' })
  asks?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'A deadline still to come' })
  newAppealDeadline?: string;
}

/** The action the document belongs to already: post it as an update of that action instead. */
export class DuplicateOfDto implements DuplicateOf {
  @ApiProperty({ format: 'uuid', example: SEED_EXAMPLE.actionId })
  id: string;

  @ApiProperty({ type: String, nullable: true, example: SEED_EXAMPLE.reference })
  reference: string | null;

  @ApiProperty({
    enum: ['reference', 'title'],
    description: 'What matched: the reference, or the title and deadline together',
    example: 'reference',
  })
  field: 'reference' | 'title';

  @ApiProperty()
  reason: string;

  @ApiProperty({ example: `/api/actions/${SEED_EXAMPLE.actionId}/updates` })
  updatePath: string;

  @ApiProperty({ type: OfferedUpdateDto })
  update: OfferedUpdateDto;
}

/** The appeal deadline as printed, and the instant it becomes in the zone used. */
export class DraftDeadlineDto implements DraftDeadline {
  @ApiProperty({ example: '10 APRIL 2012' })
  printed: string;

  @ApiProperty({ format: 'date', example: '2012-04-10' })
  date: string;

  @ApiProperty({ example: SEED_EXAMPLE.appealDeadlineTimeZone })
  timeZone: string;

  @ApiProperty({
    description: "Why this zone: the user's choice, the section's, or the country's office zone",
    example: 'the time zone of section GB',
  })
  timeZoneSource: string;

  @ApiProperty({ description: 'False when the zone is only a default the user should confirm' })
  timeZoneConfirmed: boolean;

  @ApiProperty({ format: 'date-time', example: SEED_EXAMPLE.appealDeadline })
  instant: string;

  @ApiProperty({ description: 'The document asks for appeals "immediately" and prints no date: the date is a working one' })
  asSoonAsPossible: boolean;

  @ApiProperty({ description: 'False for a working deadline: staff confirm it before the action is published' })
  confirmed: boolean;
}

/** The draft saved as an action (`?create=true`). */
export class CreatedDraftDto implements CreatedDraft {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ActionStatus, enumName: 'ActionStatus', description: 'A new action is a draft', example: ActionStatus.Draft })
  status: ActionStatus;
}

/** What the importer read from a document, and what an action made from it would still need. */
export class ImportedDraftDto implements ImportedDraft {
  @ApiProperty({ type: DraftActionDto })
  action: DraftActionDto;

  @ApiProperty({ type: [FieldReadingDto], description: 'Each value read, where from and how surely' })
  fields: FieldReadingDto[];

  @ApiProperty({ type: [UnreadFieldDto], description: 'What could not be read, and why' })
  unread: UnreadFieldDto[];

  @ApiProperty({ type: DraftDeadlineDto, nullable: true, description: 'Null when the document prints no deadline' })
  deadline: DraftDeadlineDto | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The earlier action this document is further information on',
    example: 'UA 214/09',
  })
  furtherInformationOf: string | null;

  @ApiProperty({
    type: String,
    enum: ['further information', 'stop action'],
    nullable: true,
    description: 'What kind of update of an earlier action the document is, if it is one',
  })
  updateKind: DocumentUpdateKind | null;

  @ApiProperty({
    enum: ['telex', 'classic', 'labelled'],
    description: 'The layout read: 1990s telex, classic (to about 2016) or labelled',
    example: 'classic',
  })
  layout: DocumentLayout;

  @ApiProperty({ type: DuplicateOfDto, nullable: true, description: 'The action it belongs to already: post it to `updatePath` instead' })
  duplicateOf: DuplicateOfDto | null;

  @ApiProperty({
    type: [FieldErrorDto],
    description: 'What `POST /api/actions` would refuse in the draft as it stands: the fields a person must still fill in',
  })
  invalid: FieldErrorDto[];

  @ApiProperty({ type: CreatedDraftDto, nullable: true, description: 'The draft action saved, with `?create=true`' })
  created: CreatedDraftDto | null;
}
