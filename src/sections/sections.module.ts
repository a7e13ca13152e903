import { Module } from '@nestjs/common';
import { SectionRecordsModule } from './section-records.module';
import { ActionsModule } from '../actions/actions.module';
import { SectionsController } from './sections.controller';
import { SectionsRepository } from './sections.repository';
import { SectionsService } from './sections.service';
import { AddSectionUnlessTaken } from './use-cases/add-section-unless-taken';
import { FindSectionByCode } from './use-cases/find-section-by-code';
import { ListSectionsWork } from './use-cases/list-sections-work';
import { PlanSectionReminders } from './use-cases/plan-section-reminders';
import { ShowSectionAction } from './use-cases/show-section-action';
import { ShowSectionOffice } from './use-cases/show-section-office';

@Module({
  imports: [ActionsModule, SectionRecordsModule],
  controllers: [SectionsController],
  providers: [
    SectionsService,
    SectionsRepository,
    PlanSectionReminders,
    ShowSectionOffice,
    ShowSectionAction,
    ListSectionsWork,
    FindSectionByCode,
    AddSectionUnlessTaken,
  ],
  exports: [
    SectionRecordsModule,
    SectionsService,
    ShowSectionOffice,
    ShowSectionAction,
    ListSectionsWork,
    FindSectionByCode,
    AddSectionUnlessTaken,
  ],
})
export class SectionsModule {}
