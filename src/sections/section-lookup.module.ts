import { Module } from '@nestjs/common';
import { SectionsRepository } from './sections.repository';
import { FindSectionIdByCode } from './use-cases/find-section-id-by-code';
import { SectionExists } from './use-cases/section-exists';

/**
 * The sections as other modules look them up, and nothing more: no routes and not the actions module, so the accounts
 * module and the command line making a user (create-user.cli.ts) can import it.
 */
@Module({ providers: [SectionsRepository, SectionExists, FindSectionIdByCode], exports: [SectionExists, FindSectionIdByCode] })
export class SectionLookupModule {}
