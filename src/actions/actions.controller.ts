import { Body, Controller, Get, HttpCode, Patch, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { ApiTags } from '@nestjs/swagger';
import { Public, StaffOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, isOrganisationMember, type Principal } from '../accounts/principal';
import { Audited } from '../audit/audited.decorator';
import { IdParam } from '../common/id-param';
import { ActionUpdatesService } from './action-updates.service';
import { ActionsService } from './actions.service';
import { ActionFieldsDto } from './dto/action-fields.dto';
import { CloseActionDto } from './dto/close-action.dto';
import { CreateActionUpdateDto } from './dto/create-action-update.dto';
import { ListActionsQuery } from './dto/list-actions.query';
import { UpdateActionDto } from './dto/update-action.dto';
import { PublicActionJson } from './public-action-json';
import { ListActionUpdates } from './use-cases/list-action-updates';
import type { Page } from '../common/pagination';
import { ApiAnswer, ApiAnswerEither, ApiPageAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import {
  ActionDto,
  ActionSummaryDto,
  ActionUpdateDto,
  PublicActionDto,
  PublicActionSummaryDto,
  PublicActionUpdateDto,
} from './dto/action.dto';

@ApiTags('actions')
@Controller('actions')
export class ActionsController {
  constructor(
    private readonly actions: ActionsService,
    private readonly updates: ActionUpdatesService,
    private readonly publicJson: PublicActionJson,
    private readonly listUpdatesOf: ListActionUpdates,
  ) {}

  /** Staff and coordinators see every action; everyone else only published ones past their embargo, and only their public fields. */
  @Get()
  @Public()
  @ApiPageAnswer(
    [PublicActionSummaryDto, ActionSummaryDto],
    'Published actions past their embargo, closing soonest first; every action, with all its fields, for staff and coordinators',
  )
  @ApiRefusals(400)
  async list(
    @Query() query: ListActionsQuery,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<Page<ActionSummaryDto> | string> {
    if (isOrganisationMember(principal)) return this.actions.list(query);
    // The JSON text as rendered for every reader a moment ago.
    response.type('json');
    return this.publicJson.list(query);
  }

  @Post()
  @StaffOnly('editor')
  @Audited('UrgentAction')
  @ApiAnswer(ActionDto, { status: 201, description: 'The draft action' })
  @ApiRefusals(400, 409, 422)
  create(@Body() input: ActionFieldsDto): Promise<ActionDto> {
    return this.actions.create(input);
  }

  @Get(':id')
  @Public()
  @ApiAnswerEither([PublicActionDto, ActionDto], 'The action as the public reads it; every field for staff and coordinators')
  @ApiRefusals(400, 404)
  async get(
    @IdParam() id: string,
    @Res({ passthrough: true }) response: Response,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<ActionDto | string> {
    if (isOrganisationMember(principal)) return this.actions.get(id);
    response.type('json');
    return this.publicJson.one(id);
  }

  @Patch(':id')
  @StaffOnly('editor')
  @Audited('UrgentAction')
  @ApiAnswer(ActionDto)
  @ApiRefusals(400, 404, 409, 422)
  update(@IdParam() id: string, @Body() input: UpdateActionDto): Promise<ActionDto> {
    return this.actions.update(id, input);
  }

  @Post(':id/publish')
  @HttpCode(200)
  @StaffOnly('editor')
  @Audited('UrgentAction')
  @ApiAnswer(ActionDto)
  @ApiRefusals(400, 404, 422)
  publish(@IdParam() id: string): Promise<ActionDto> {
    return this.actions.publish(id);
  }

  @Post(':id/close')
  @HttpCode(200)
  @StaffOnly('editor')
  @Audited('UrgentAction')
  @ApiAnswer(ActionDto)
  @ApiRefusals(400, 404, 422)
  close(@IdParam() id: string, @Body() input: CloseActionDto): Promise<ActionDto> {
    return this.actions.close(id, input.outcome);
  }

  @Get(':id/updates')
  @Public()
  @ApiAnswerEither([[PublicActionUpdateDto], [ActionUpdateDto]], 'Its updates, oldest first; for staff and coordinators with createdAt')
  @ApiRefusals(400, 404)
  async listUpdates(
    @IdParam() id: string,
    @CurrentPrincipal() principal?: Principal,
  ): Promise<ActionUpdateDto[] | PublicActionUpdateDto[]> {
    return this.listUpdatesOf.execute(id, isOrganisationMember(principal));
  }

  @Post(':id/updates')
  @StaffOnly('editor')
  @Audited('UrgentAction') // an update may extend the deadline or close the action
  @ApiAnswer(ActionUpdateDto, { status: 201 })
  @ApiRefusals(400, 404, 422)
  postUpdate(@IdParam() id: string, @Body() input: CreateActionUpdateDto): Promise<ActionUpdateDto> {
    return this.updates.post(id, input);
  }
}
