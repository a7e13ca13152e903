import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../accounts/access.decorators';
import { UnsubscribeService } from './unsubscribe.service';

/** RFC 8058 one-click unsubscribe: mail clients POST without any login; a GET (a person, or a link scanner) only describes. */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  @Public()
  describe(@Param('token') token: string) {
    return this.unsubscribe.describe(token);
  }

  @Post(':token')
  @HttpCode(200)
  @Public()
  confirm(@Param('token') token: string) {
    return this.unsubscribe.unsubscribe(token);
  }
}
