import { Body, Controller, Get, Patch, Post, Query } from '@nestjs/common';
import { IdParam } from '../common/id-param';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../accounts/access.decorators';
import { Audited } from '../audit/audited.decorator';
import { ListTargetsQuery } from './dto/list-targets.query';
import { TargetFieldsDto } from './dto/target-fields.dto';
import { UpdateTargetDto } from './dto/update-target.dto';
import { TargetsService } from './targets.service';

@ApiTags('targets')
@Controller('targets')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get()
  @StaffOnly()
  list(@Query() query: ListTargetsQuery) {
    return this.targets.list(query);
  }

  /** Editors add targets on the spot while writing an action; changing an entry other actions use stays with admins. */
  @Post()
  @StaffOnly('editor')
  @Audited('Target')
  create(@Body() input: TargetFieldsDto) {
    return this.targets.create(input);
  }

  @Get(':id')
  @StaffOnly()
  get(@IdParam() id: string) {
    return this.targets.get(id);
  }

  @Patch(':id')
  @StaffOnly('admin')
  @Audited('Target')
  update(@IdParam() id: string, @Body() input: UpdateTargetDto) {
    return this.targets.update(id, input);
  }
}
