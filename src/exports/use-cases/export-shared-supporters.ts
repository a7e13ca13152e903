import { Injectable } from '@nestjs/common';
import type { Principal } from '../../accounts/principal';
import { AuditService } from '../../audit/audit.service';
import { NotFound } from '../../platform/errors/domain-errors';
import type { CsvExport } from '../csv-export';
import { ExportsRepository, SharedSupporterRow } from '../exports.repository';

/** A section's supporters who agreed to share their details with it: personal data, so every export is audited. */
@Injectable()
export class ExportSharedSupporters {
  constructor(
    private readonly exports: ExportsRepository,
    private readonly audit: AuditService,
  ) {}

  async execute(actor: Principal, sectionId: string): Promise<CsvExport<SharedSupporterRow>> {
    if (!(await this.exports.sectionExists(sectionId))) throw NotFound.entity('Section', sectionId);
    await this.audit.recordExport(actor, { name: 'shared-supporters', sectionId, actionId: null });
    return {
      fileName: 'supporters.csv',
      columns: [
        { key: 'supporterId', header: 'supporter_id' },
        { key: 'name', header: 'name' },
        { key: 'email', header: 'email' },
        { key: 'city', header: 'city' },
        { key: 'country', header: 'country' },
        { key: 'language', header: 'language' },
        { key: 'confirmedAt', header: 'confirmed_at' },
        { key: 'createdAt', header: 'created_at' },
      ],
      pages: this.exports.sharedSupporters(sectionId),
    };
  }
}
