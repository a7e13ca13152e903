import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator';
import { IdParam } from '../common/id-param';
import { StaffOnly } from './access.decorators';
import { UpdateUserDto, UserFieldsDto } from './dto/user-fields.dto';
import { userView } from './user-view';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@StaffOnly('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list() {
    return (await this.users.list()).map(userView);
  }

  @Post()
  @Audited('UserAccount')
  async create(@Body() input: UserFieldsDto) {
    return userView(await this.users.create(input));
  }

  @Get(':id')
  async get(@IdParam() id: string) {
    return userView(await this.users.get(id));
  }

  @Patch(':id')
  @Audited('UserAccount')
  async update(@IdParam() id: string, @Body() input: UpdateUserDto) {
    return userView(await this.users.update(id, input));
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited('UserAccount')
  async remove(@IdParam() id: string) {
    await this.users.remove(id);
  }
}
