import { Module } from '@nestjs/common';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';

@Module({
  controllers: [ActionsController],
  providers: [ActionsService, ActionUpdatesService],
  exports: [ActionsService, ActionUpdatesService],
})
export class ActionsModule {}
