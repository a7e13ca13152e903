import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import { Audited } from '../audit/audited.decorator';
import type { Page } from '../common/pagination';
import { ApiAnswer, ApiPageAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { ListTargetsQuery } from './dto/list-targets.query';
import { TargetFieldsDto } from './dto/target-fields.dto';
import { TargetDto } from './dto/target.dto';
import { UpdateTargetDto } from './dto/update-target.dto';
import { TargetsService } from './targets.service';

@ApiTags('targets')
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @StaffOnly()
  @ApiPageAnswer(TargetDto, 'Directory entries by name, filtered by country, kind and a search in name, title, organisation and email')
  @ApiRefusals(400)
  list(@Query() query: ListTargetsQuery): Promise<Page<TargetDto>> {
    return this.targets.list(query);
  }

  /** Editors add targets on the spot while writing an action; changing an entry other actions use stays with admins. */
  @Post()
  @StaffOnly('editor')
  @Audited('Target')
  @ApiAnswer(TargetDto, { status: 201, description: 'The new directory entry' })
  @ApiRefusals(400)
  create(@Body() input: TargetFieldsDto): Promise<TargetDto> {
    return this.targets.create(input);
  }

  @Get(':id')
  @StaffOnly()
  @ApiAnswer(TargetDto)
  @ApiRefusals(400, 404)
  get(@IdParam() id: string): Promise<TargetDto> {
    return this.targets.get(id);
  }

  @Patch(':id')
  @StaffOnly('admin')
  @Audited('Target')
  @ApiAnswer(TargetDto)
  @ApiRefusals(400, 404)
  update(@IdParam() id: string, @Body() input: UpdateTargetDto): Promise<TargetDto> {
    return this.targets.update(id, input);
  }
}
