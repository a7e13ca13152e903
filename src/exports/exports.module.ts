import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ExportsController } from './api/exports.controller';
import { ExportsRepository } from './exports.repository';
import { ExportAppeals } from './use-cases/export-appeals';
import { ExportPaperCounts } from './use-cases/export-paper-counts';
import { ExportSharedSupporters } from './use-cases/export-shared-supporters';

/** CSV exports for staff and sections: appeals, paper counts, supporters who share with their section. */
@Module({
  imports: [AuditModule],
  controllers: [ExportsController],
  providers: [ExportsRepository, ExportAppeals, ExportPaperCounts, ExportSharedSupporters],
})
export class ExportsModule {}
