import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsRelations, FindOptionsWhere } from 'typeorm';
import { AuditEntry } from './audit-entry.entity';
import type { AuditedEntity } from './audited.decorator';

const RELATIONS: Partial<Record<AuditedEntity, FindOptionsRelations<object>>> = {
  UrgentAction: { subjects: true, targets: { target: true, section: true } },
};

/** Records whose place (action, section, target) is a relation: the log keeps the related ids. */
const RELATION_IDS = new Set<AuditedEntity>(['LetterTemplate', 'AppealRecord']);

/** Fields never copied into the log. */
const REDACTED = new Set(['passwordHash', 'attachment', 'secret']);

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The audit log, and the audited records as it keeps them. */
@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  insert(entry: NewAuditEntry): Promise<AuditEntry> {
    const entries = this.dataSource.getRepository(AuditEntry);
    return entries.save(entries.create(entry));
  }

  /** Newest first, a page at a time, with the count of all that match. */
  page(filter: { entityType?: string; entityId?: string; page: number; pageSize: number }): Promise<[AuditEntry[], number]> {
    const where = { ...(filter.entityType && { entityType: filter.entityType }), ...(filter.entityId && { entityId: filter.entityId }) };
    return this.dataSource.getRepository(AuditEntry).findAndCount({
      where,
      order: { at: 'DESC', id: 'ASC' },
      skip: (filter.page - 1) * filter.pageSize,
      take: filter.pageSize,
    });
  }

  /** A record as plain JSON, the way the audit log keeps it; null when there is none. */
  async snapshot(entityType: AuditedEntity, where: FindOptionsWhere<object>): Promise<Record<string, unknown> | null> {
    const record = await this.dataSource.getRepository(entityType).findOne({
      where,
      relations: RELATIONS[entityType],
      loadRelationIds: RELATION_IDS.has(entityType) || undefined,
    });
    if (!record) return null;
    return JSON.parse(JSON.stringify(record, (key, value) => (REDACTED.has(key) ? undefined : value)));
  }
}
