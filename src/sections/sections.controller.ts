import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../accounts/principal';
import { Audited } from '../audit/audited.decorator';
import { assertCoordinatorMayChange } from './coordinator-limits';
import { ActionTargetInputDto } from '../actions/dto/action-target-input.dto';
import { IdParam } from '../common/id-param';
import { SectionFieldsDto } from './dto/section-fields.dto';
import { UpdateSectionDto } from './dto/update-section.dto';
import { SectionsService } from './sections.service';

@ApiTags('sections')
@Controller('sections')
export class SectionsController {
  constructor(private readonly sections: SectionsService) {}

  @Get()
  @StaffOnly()
  list() {
    return this.sections.list();
  }

  @Post()
  @StaffOnly('admin')
  @Audited('Section')
  create(@Body() input: SectionFieldsDto) {
    return this.sections.create(input);
  }

  @Get(':id')
  @SectionAccess('id')
  get(@IdParam() id: string) {
    return this.sections.get(id);
  }

  @Patch(':id')
  @SectionAccess('id')
  @Audited('Section')
  update(@IdParam() id: string, @Body() input: UpdateSectionDto, @CurrentPrincipal() principal: Principal) {
    assertCoordinatorMayChange(principal, input);
    return this.sections.update(id, input);
  }

  @Get(':id/actions/:actionId/targets')
  @SectionAccess('id')
  localTargets(@IdParam() id: string, @IdParam('actionId') actionId: string) {
    return this.sections.localTargets(id, actionId);
  }

  @Post(':id/actions/:actionId/targets')
  @SectionAccess('id')
  @Audited('UrgentAction', 'actionId')
  attachLocalTarget(@IdParam() id: string, @IdParam('actionId') actionId: string, @Body() input: ActionTargetInputDto) {
    return this.sections.attachLocalTarget(id, actionId, input);
  }
}
