import { Module } from '@nestjs/common';
import { SectionsRepository } from './sections.repository';
import { FindSection } from './use-cases/find-section';
import { ListSections } from './use-cases/list-sections';

/**
 * Sections as other modules read them: the use cases the notifications need. No controller and no HTTP module, so
 * the worker process can boot it (the routes live in SectionsModule). Its SectionsRepository holds no state: a second
 * instance beside SectionsModule's is harmless.
 */
@Module({
  providers: [SectionsRepository, FindSection, ListSections],
  exports: [FindSection, ListSections],
})
export class SectionRecordsModule {}
