import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../../accounts/access.decorators';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { AwaitingLettersDto, ConfirmedLettersDto } from '../dto/letter-receipt.dto';
import { LetterRequests } from './letter-requests.service';

/** The link mailed to a writer: GET shows the letters waiting for their consent, POST sends them. */
@ApiTags('letters')
@Controller('letters/confirm')
export class LetterConfirmationsController {
  constructor(private readonly requests: LetterRequests) {}

  @Get(':token')
  @Public()
  @RateLimited()
  @ApiAnswer(AwaitingLettersDto)
  @ApiRefusals(401, 410)
  awaiting(@Param('token') token: string): Promise<AwaitingLettersDto> {
    return this.requests.awaiting(token);
  }

  /** Works once: 410 when the link was used already. */
  @Post(':token')
  @HttpCode(200)
  @Public()
  @RateLimited()
  @ApiAnswer(ConfirmedLettersDto)
  @ApiRefusals(401, 410)
  async confirm(@Param('token') token: string): Promise<ConfirmedLettersDto> {
    return { letters: await this.requests.confirm(token) };
  }
}
