import { Injectable } from '@nestjs/common';
import type { Principal } from '../../accounts/principal';
import { AuditService } from '../../audit/audit.service';
import { NotFound } from '../../platform/errors/domain-errors';
import type { CsvExport } from '../csv-export';
import { ExportsRepository, PaperCountRow } from '../exports.repository';

/** The counts a section reported of letters its members sent on paper or by their own fax, audited. */
@Injectable()
export class ExportPaperCounts {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Principal, sectionId: string): Promise<CsvExport<PaperCountRow>> {
    if (!(await this.exports.sectionExists(sectionId))) throw NotFound.entity('Section', sectionId);
    await this.audit.recordExport(actor, { name: 'paper-counts', sectionId, actionId: null });
    return {
      fileName: 'paper-counts.csv',
      columns: [
        { key: 'recordId', header: 'record_id' },
        { key: 'actionId', header: 'action_id' },
        { key: 'actionReference', header: 'action_reference' },
        { key: 'targetId', header: 'target_id' },
        { key: 'targetName', header: 'target_name' },
        { key: 'channel', header: 'channel' },
        { key: 'letters', header: 'letters' },
        { key: 'sentOn', header: 'sent_on' },
        { key: 'recordedAt', header: 'recorded_at' },
      ],
      pages: this.exports.paperCounts(sectionId),
    };
  }
}
