import { Module } from '@nestjs/common';
import { ActionRecordsModule } from './action-records.module';
import { TargetsModule } from '../targets/targets.module';
import { ActionChanges } from './action-changes';
import { ActionEvents } from './action-events';
import { ActionUpdatesRepository } from './action-updates.repository';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsController } from './actions.controller';
import { ActionsRepository } from './actions.repository';
import { ActionsService } from './actions.service';
import { PublicActionJson } from './public-action-json';
import { AttachSectionTarget } from './use-cases/attach-section-target';
import { CountActions } from './use-cases/count-actions';
import { FindActionByTitleAndDeadline } from './use-cases/find-action-by-title-and-deadline';
import { FindActionByUaNumber } from './use-cases/find-action-by-ua-number';
import { IsTargetOfAction } from './use-cases/is-target-of-action';
import { ListActionsAhead } from './use-cases/list-actions-ahead';
import { ListSectionTargets } from './use-cases/list-section-targets';
import { ReadPublishedActions } from './use-cases/read-published-actions';
import { SetSeededActionState } from './use-cases/set-seeded-action-state';
import { ShowIndexPage } from './use-cases/show-index-page';
import { ListActionUpdates } from './use-cases/list-action-updates';

@Module({
  imports: [TargetsModule, ActionRecordsModule],
  controllers: [ActionsController],
  providers: [
    ActionsService,
    ActionUpdatesService,
    ActionEvents,
    ActionChanges,
    PublicActionJson,
    ActionsRepository,
    ActionUpdatesRepository,
    ReadPublishedActions,
    ListActionsAhead,
    ShowIndexPage,
    ListActionUpdates,
    AttachSectionTarget,
    ListSectionTargets,
    FindActionByUaNumber,
    FindActionByTitleAndDeadline,
    IsTargetOfAction,
    CountActions,
    SetSeededActionState,
  ],
  exports: [
    ActionRecordsModule,
    ActionsService,
    ActionUpdatesService,
    ActionChanges,
    ActionEvents,
    ReadPublishedActions,
    ListActionsAhead,
    ShowIndexPage,
    AttachSectionTarget,
    ListSectionTargets,
    FindActionByUaNumber,
    FindActionByTitleAndDeadline,
    IsTargetOfAction,
    CountActions,
    SetSeededActionState,
  ],
})
export class ActionsModule {}
