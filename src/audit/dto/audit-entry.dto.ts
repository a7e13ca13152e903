import { ApiProperty } from '@nestjs/swagger';
import type { AuditEntry, AuditOperation } from '../audit-entry.entity';

const OPERATIONS: AuditOperation[] = ['create', 'update', 'delete', 'export'];
const SNAPSHOT = { type: 'object', additionalProperties: true, nullable: true } as const;

/** One change (or export), with the record as it was before and after. */
export class AuditEntryDto implements AuditEntry {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'What was changed: UrgentAction, Target, Section, UserAccount, or an export', example: 'UrgentAction' })
  entityType: string;

  @ApiProperty({ format: 'uuid' })
  entityId: string;

  @ApiProperty({ enum: OPERATIONS, enumName: 'AuditOperation', example: 'update' })
  operation: AuditOperation;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Kept after the user is removed' })
  actorId: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'editor@urgent-action.example.org' })
  actorEmail: string | null;

  @ApiProperty({ ...SNAPSHOT, description: 'The record before the change; null on create' })
  before: Record<string, unknown> | null;

  @ApiProperty({ ...SNAPSHOT, description: 'The record after the change; null on delete' })
  after: Record<string, unknown> | null;

  @ApiProperty({ type: String, format: 'date-time' })
  at: Date;
}
