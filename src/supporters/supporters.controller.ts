import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../accounts/access.decorators';
import { RateLimited } from '../accounts/rate-limited.decorator';
import { ApiAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import { MagicLinkRequestDto, SignUpDto } from './dto/sign-up.dto';
import { CheckYourEmailDto, SubscriptionConfirmedDto, SupporterSessionDto } from './dto/supporter-answers.dto';
import { SupporterAccountsService } from './supporter-accounts.service';

const CHECK_YOUR_EMAIL: CheckYourEmailDto = { message: 'If the address can receive mail, a message with a link is on its way.' };

@ApiTags('supporters')
@Controller('supporters')
export class SupportersController {
  constructor(private readonly accounts: SupporterAccountsService) {}

  /** Double opt-in: nothing is subscribed until the emailed link is followed. */
  @Post()
  @HttpCode(202)
  @Public()
  @RateLimited()
  @ApiAnswer(CheckYourEmailDto, { status: 202, description: 'A confirmation link is mailed; nothing is subscribed until it is followed' })
  @ApiRefusals(400, 422)
  async signUp(@Body() input: SignUpDto): Promise<CheckYourEmailDto> {
    await this.accounts.signUp(input);
    return CHECK_YOUR_EMAIL;
  }

  @Get('confirm/:token')
  @Public()
  @ApiAnswer(SubscriptionConfirmedDto)
  @ApiRefusals(401, 409)
  async confirm(@Param('token') token: string): Promise<SubscriptionConfirmedDto> {
    const subscription = await this.accounts.confirm(token);
    return {
      confirmed: true,
      confirmedAt: subscription.confirmedAt,
      action: subscription.action && { id: subscription.action.id, title: subscription.action.title },
    };
  }

  @Post('magic-link')
  @HttpCode(202)
  @Public()
  @RateLimited()
  @ApiAnswer(CheckYourEmailDto, { status: 202, description: 'A sign-in link is mailed if the address belongs to a confirmed supporter' })
  @ApiRefusals(400)
  async requestMagicLink(@Body() input: MagicLinkRequestDto): Promise<CheckYourEmailDto> {
    await this.accounts.requestSignInLink(input.email);
    return CHECK_YOUR_EMAIL;
  }

  /**
   * Uses a sign-in link: once, by POST (a GET, as link scanners and proxies send, changes nothing). Only a JSON body
   * is taken, which a form on another site cannot send, so nobody can sign a browser in as someone else.
   */
  @Post('session/:token')
  @HttpCode(200)
  @Public()
  @RateLimited()
  @ApiAnswer(SupporterSessionDto, { description: 'Signed in: the session cookie is set' })
  @ApiRefusals(401, 415)
  openSession(
    @Param('token') token: string,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SupporterSessionDto> {
    if (!request.is('application/json')) {
      throw new UnsupportedMediaTypeException({
        statusCode: 415,
        error: 'Unsupported Media Type',
        message: 'Send the request as JSON (content-type: application/json)',
      });
    }
    return this.accounts.openSession(token, response);
  }
}
