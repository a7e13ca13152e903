import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Principal } from '../accounts/principal';
import { Clock } from '../common/clock';
import { AuditEntry } from './audit-entry.entity';
import { AuditRepository } from './audit.repository';
import type { AuditedEntity } from './audited.decorator';

export interface AuditedChange {
  entityType: AuditedEntity;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  constructor(
    private readonly entries: AuditRepository,
    private readonly clock: Clock,
  ) {}

  /** Writes one entry, unless nothing changed. */
  async record(actor: Principal | undefined, change: AuditedChange): Promise<AuditEntry | null> {
    if (JSON.stringify(change.before) === JSON.stringify(change.after)) return null;
    const operation = change.before === null ? 'create' : change.after === null ? 'delete' : 'update';
    const user = actor?.kind === 'user' ? actor.user : null;
    return this.entries.insert({ ...change, operation, actorId: user?.id ?? null, actorEmail: user?.email ?? null, at: this.clock.now() });
  }

  /** Records that data was exported: what, for which section or action, by whom. Each export is an entry of its own. */
  async recordExport(
    actor: Principal | undefined,
    exported: { name: string; sectionId: string | null; actionId: string | null },
  ): Promise<AuditEntry> {
    const user = actor?.kind === 'user' ? actor.user : null;
    return this.entries.insert({
      entityType: 'Export',
      entityId: randomUUID(),
      operation: 'export',
      before: null,
      after: exported,
      actorId: user?.id ?? null,
      actorEmail: user?.email ?? null,
      at: this.clock.now(),
    });
  }

  list(filter: { entityType?: string; entityId?: string; page: number; pageSize: number }): Promise<[AuditEntry[], number]> {
    return this.entries.page(filter);
  }
}
