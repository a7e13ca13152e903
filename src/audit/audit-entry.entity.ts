import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 'export': personal or section data left the system as a file (the entity is the export itself). */
export type AuditOperation = 'create' | 'update' | 'delete' | 'export';

/** Who changed what: one change to an action, target, section or user, with the record before and after. */
@Entity('audit_entry')
@Index('audit_entry_subject_idx', ['entityType', 'entityId', 'at'])
export class AuditEntry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** "UrgentAction", "Target", "Section", "UserAccount". */
  @Column({ type: 'text' })
  entityType: string;

  @Column({ type: 'uuid' })
  entityId: string;

  @Column({ type: 'text' })
  operation: AuditOperation;

  /** No foreign key: the entry outlives the user who made the change. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  actorEmail: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  after: Record<string, unknown> | null;

  @Column({ type: 'timestamptz' })
  at: Date;
}
