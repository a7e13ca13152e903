import { Module } from '@nestjs/common';
import { ActionEvents } from './action-events';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';

@Module({
  controllers: [ActionsController],
  providers: [ActionsService, ActionUpdatesService, ActionEvents],
  exports: [ActionsService, ActionUpdatesService],
})
export class ActionsModule {}
