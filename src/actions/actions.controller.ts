import { Body, Controller, Get, HttpCode, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { IdParam } from '../common/id-param';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsService } from './actions.service';
import { ActionFieldsDto } from './dto/action-fields.dto';
import { CloseActionDto } from './dto/close-action.dto';
import { CreateActionUpdateDto } from './dto/create-action-update.dto';
import { ListActionsQuery } from './dto/list-actions.query';
import { UpdateActionDto } from './dto/update-action.dto';

@ApiTags('actions')
@Controller('actions')
export class ActionsController {
  constructor(private readonly actions: ActionsService, private readonly updates: ActionUpdatesService) {}

  @Get()
  list(@Query() query: ListActionsQuery) {
    return this.actions.list(query);
  }

  @Post()
  create(@Body() input: ActionFieldsDto) {
    return this.actions.create(input);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.actions.get(id);
  }

  @Patch(':id')
  update(@IdParam() id: string, @Body() input: UpdateActionDto) {
    return this.actions.update(id, input);
  }

  @Post(':id/publish')
  @HttpCode(200)
  publish(@IdParam() id: string) {
    return this.actions.publish(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  close(@IdParam() id: string, @Body() input: CloseActionDto) {
    return this.actions.close(id, input.outcome);
  }

  @Get(':id/updates')
  listUpdates(@IdParam() id: string) {
    return this.updates.list(id);
  }

  @Post(':id/updates')
  postUpdate(@IdParam() id: string, @Body() input: CreateActionUpdateDto) {
    return this.updates.post(id, input);
  }
}
