import { Module } from '@nestjs/common';
import { SectionsRepository } from './sections.repository';
import { FindSection } from './use-cases/find-section';
import { FindSectionIdByCode } from './use-cases/find-section-id-by-code';
import { ListSections } from './use-cases/list-sections';
import { SectionExists } from './use-cases/section-exists';

const SECTION_RECORDS = [FindSection, ListSections, SectionExists, FindSectionIdByCode];

/**
 * Sections as other modules read them: the use cases the notifications, accounts and supporters need. No controller
 * and no HTTP module, so the worker process and the command line making a user (create-user.cli.ts) can boot it (the
 * routes live in SectionsModule). Its SectionsRepository holds no state: a second instance beside SectionsModule's is
 * harmless.
 */
@Module({
  providers: [SectionsRepository, ...SECTION_RECORDS],
  exports: SECTION_RECORDS,
})
export class SectionRecordsModule {}
