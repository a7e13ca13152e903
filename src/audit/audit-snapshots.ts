import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, FindOptionsRelations, FindOptionsWhere } from 'typeorm';
import type { AuditedEntity } from './audited.decorator';

const RELATIONS: Partial<Record<AuditedEntity, FindOptionsRelations<object>>> = {
  UrgentAction: { subjects: true, targets: { target: true, section: true } },
};

/** Records whose place (action, section, target) is a relation: the log keeps the related ids. */
const RELATION_IDS = new Set<AuditedEntity>(['LetterTemplate', 'AppealRecord']);

/** Fields never copied into the log. */
const REDACTED = new Set(['passwordHash', 'attachment', 'secret']);

/** A record as plain JSON, the way the audit log keeps it. */
@Injectable()
export class AuditSnapshots {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(entityType: AuditedEntity, where: FindOptionsWhere<object>): Promise<Record<string, unknown> | null> {
    const record = await this.dataSource.getRepository(entityType).findOne({
      where,
      relations: RELATIONS[entityType],
      loadRelationIds: RELATION_IDS.has(entityType) || undefined,
    });
    if (!record) return null;
    return JSON.parse(JSON.stringify(record, (key, value) => (REDACTED.has(key) ? undefined : value)));
  }
}
