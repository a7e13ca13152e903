import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../accounts/access.decorators';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { UnsubscribeAnswerDto } from './dto/unsubscribe-answer.dto';
import { UnsubscribeService, type UnsubscribeAnswer } from './unsubscribe.service';

/** RFC 8058 one-click unsubscribe: mail clients POST without any login; a GET (a person, or a link scanner) only describes. */
@ApiTags('notifications')
@Controller('unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get(':token')
  @Public()
  @ApiAnswer(UnsubscribeAnswerDto, { description: 'What the link stops, not stopped yet' })
  @ApiRefusals(400)
  describe(@Param('token') token: string): UnsubscribeAnswer {
    return this.unsubscribe.describe(token);
  }

  @Post(':token')
  @HttpCode(200)
  @Public()
  @ApiAnswer(UnsubscribeAnswerDto, { description: 'Stopped; again with the same link answers the same' })
  @ApiRefusals(400)
  confirm(@Param('token') token: string): Promise<UnsubscribeAnswer> {
    return this.unsubscribe.unsubscribe(token);
  }
}
