import { Module } from '@nestjs/common';
import { ActionChanges } from './action-changes';
import { ActionEvents } from './action-events';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';
import { PublicActionJson } from './public-action-json';

@Module({
  controllers: [ActionsController],
  providers: [ActionsService, ActionUpdatesService, ActionEvents, ActionChanges, PublicActionJson],
  exports: [ActionsService, ActionUpdatesService, ActionChanges, ActionEvents],
})
export class ActionsModule {}
