import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../accounts/principal';
import { Audited } from '../audit/audited.decorator';
import { assertCoordinatorMayChange } from './coordinator-limits';
import { ActionTargetInputDto } from '../actions/dto/action-target-input.dto';
import { ActionTargetDto } from '../actions/dto/action.dto';
import { IdParam } from '../common/id-param';
import { ApiAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { SectionFieldsDto } from './dto/section-fields.dto';
import { SectionDto } from './dto/section.dto';
import { UpdateSectionDto } from './dto/update-section.dto';
import { SectionsService } from './sections.service';

@ApiTags('sections')
@Controller('sections')
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @Get()
  @StaffOnly()
  @ApiAnswer([SectionDto], { description: 'Every section, by code' })
  list(): Promise<SectionDto[]> {
    return this.sections.list();
  }

  @Post()
  @StaffOnly('admin')
  @Audited('Section')
  @ApiAnswer(SectionDto, { status: 201, description: 'The new section' })
  @ApiRefusals(400, 409)
  create(@Body() input: SectionFieldsDto): Promise<SectionDto> {
    return this.sections.create(input);
  }

  @Get(':id')
  @SectionAccess('id')
  @ApiAnswer(SectionDto)
  @ApiRefusals(400, 404)
  get(@IdParam() id: string): Promise<SectionDto> {
    return this.sections.get(id);
  }

  /** A coordinator keeps their section's languages, reminders and contacts; 403 naming `code` or `country`, which only staff change. */
  @Patch(':id')
  @SectionAccess('id')
  @Audited('Section')
  @ApiAnswer(SectionDto)
  @ApiRefusals(400, 404, 409)
  update(@IdParam() id: string, @Body() input: UpdateSectionDto, @CurrentPrincipal() principal: Principal): Promise<SectionDto> {
    assertCoordinatorMayChange(principal, input);
    return this.sections.update(id, input);
  }

  @Get(':id/actions/:actionId/targets')
  @SectionAccess('id')
  @ApiAnswer([ActionTargetDto], { description: 'The local targets this section attached to the action, in print order' })
  @ApiRefusals(400, 404)
  localTargets(@IdParam() id: string, @IdParam('actionId') actionId: string): Promise<ActionTargetDto[]> {
    return this.sections.localTargets(id, actionId);
  }

  /** "Also send copies to diplomatic representatives accredited to your country": 409 naming `targetId` when attached already. */
  @Post(':id/actions/:actionId/targets')
  @SectionAccess('id')
  @Audited('UrgentAction', 'actionId')
  @ApiAnswer(ActionTargetDto, { status: 201, description: 'The target, attached for this section' })
  @ApiRefusals(400, 404, 409, 422)
  attachLocalTarget(
    @IdParam() id: string,
    @IdParam('actionId') actionId: string,
    @Body() input: ActionTargetInputDto,
  ): Promise<ActionTargetDto> {
    return this.sections.attachLocalTarget(id, actionId, input);
  }
}
