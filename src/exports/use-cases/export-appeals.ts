import { Injectable } from '@nestjs/common';
import type { Principal } from '../../accounts/principal';
import { AuditService } from '../../audit/audit.service';
import { NotFound } from '../../platform/errors/domain-errors';
import type { CsvExport } from '../csv-export';
import { AppealCountRow, ExportsRepository } from '../exports.repository';

export interface AppealsScope {
  /** Only this section's letters (a coordinator's export); null: every letter (staff). */
  sectionId: string | null;
  /** Only this action; null: every action. */
  actionId: string | null;
}

/** Appeals per action, per target, per channel and per day, audited before the first row leaves. */
@Injectable()
export class ExportAppeals {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Principal, scope: AppealsScope): Promise<CsvExport<AppealCountRow>> {
    if (scope.sectionId && !(await this.exports.sectionExists(scope.sectionId))) throw NotFound.entity('Section', scope.sectionId);
    if (scope.actionId && !(await this.exports.actionExists(scope.actionId))) throw NotFound.entity('Action', scope.actionId);
    await this.audit.recordExport(actor, { name: 'appeals', ...scope });
    return {
      fileName: 'appeals.csv',
      columns: [
        { key: 'actionId', header: 'action_id' },
        { key: 'actionReference', header: 'action_reference' },
        { key: 'actionTitle', header: 'action_title' },
        { key: 'targetId', header: 'target_id' },
        { key: 'targetName', header: 'target_name' },
        { key: 'channel', header: 'channel' },
        { key: 'day', header: 'day' },
        { key: 'letters', header: 'letters' },
      ],
      pages: this.exports.appealCounts(scope),
    };
  }
}
