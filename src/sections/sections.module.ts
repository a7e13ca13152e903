import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { SectionsController } from './sections.controller';
import { SectionsRepository } from './sections.repository';
import { SectionsService } from './sections.service';
import { AddSectionUnlessTaken } from './use-cases/add-section-unless-taken';
import { FindSection } from './use-cases/find-section';
import { FindSectionByCode } from './use-cases/find-section-by-code';
import { ListSectionsWork } from './use-cases/list-sections-work';
import { PlanSectionReminders } from './use-cases/plan-section-reminders';
import { ShowSectionAction } from './use-cases/show-section-action';
import { ShowSectionOffice } from './use-cases/show-section-office';

@Module({
  imports: [ActionsModule],
  controllers: [SectionsController],
  providers: [
    SectionsService,
    SectionsRepository,
    PlanSectionReminders,
    ShowSectionOffice,
    ShowSectionAction,
    ListSectionsWork,
    FindSection,
    FindSectionByCode,
    AddSectionUnlessTaken,
  ],
  exports: [SectionsService, ShowSectionOffice, ShowSectionAction, ListSectionsWork, FindSection, FindSectionByCode, AddSectionUnlessTaken],
})
export class SectionsModule {}
