import { Body, Controller, Delete, Get, HttpCode, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Audited } from '../audit/audited.decorator';
import { IdParam } from '../common/id-param';
import { StaffOnly } from './access.decorators';
import { ApiAnswer, ApiNoContent, ApiRefusals } from '../platform/openapi/api-answers';
import { UpdateUserDto, UserFieldsDto } from './dto/user-fields.dto';
import { UserDto } from './dto/user.dto';
import { userView } from './user-view';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
@StaffOnly('admin')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiAnswer([UserDto], { description: 'Every staff member and coordinator' })
  async list(): Promise<UserDto[]> {
    return (await this.users.list()).map(userView);
  }

  @Post()
  @Audited('UserAccount')
  @ApiAnswer(UserDto, { status: 201 })
  @ApiRefusals(400, 409, 422)
  async create(@Body() input: UserFieldsDto): Promise<UserDto> {
    return userView(await this.users.create(input));
  }

  @Get(':id')
  @ApiAnswer(UserDto)
  @ApiRefusals(400, 404)
  async get(@IdParam() id: string): Promise<UserDto> {
    return userView(await this.users.get(id));
  }

  @Patch(':id')
  @Audited('UserAccount')
  @ApiAnswer(UserDto)
  @ApiRefusals(400, 404, 409, 422)
  async update(@IdParam() id: string, @Body() input: UpdateUserDto): Promise<UserDto> {
    return userView(await this.users.update(id, input));
  }

  @Delete(':id')
  @HttpCode(204)
  @Audited('UserAccount')
  @ApiNoContent('Removed')
  @ApiRefusals(400, 404, 422)
  async remove(@IdParam() id: string): Promise<void> {
    await this.users.remove(id);
  }
}
