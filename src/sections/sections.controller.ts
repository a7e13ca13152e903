import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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
  list() {
    return this.sections.list();
  }

  @Post()
  create(@Body() input: SectionFieldsDto) {
    return this.sections.create(input);
  }

  @Get(':id')
  get(@IdParam() id: string) {
    return this.sections.get(id);
  }

  @Patch(':id')
  update(@IdParam() id: string, @Body() input: UpdateSectionDto) {
    return this.sections.update(id, input);
  }

  @Get(':id/actions/:actionId/targets')
  localTargets(@IdParam() id: string, @IdParam('actionId') actionId: string) {
    return this.sections.localTargets(id, actionId);
  }

  @Post(':id/actions/:actionId/targets')
  attachLocalTarget(@IdParam() id: string, @IdParam('actionId') actionId: string, @Body() input: ActionTargetInputDto) {
    return this.sections.attachLocalTarget(id, actionId, input);
  }
}
