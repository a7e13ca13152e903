import { Body, Controller, Get, HttpCode, Param, Post, Req, Res, UnsupportedMediaTypeException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../accounts/access.decorators';
import { RateLimited } from '../accounts/rate-limited.decorator';
import { MagicLinkRequestDto, SignUpDto } from './dto/sign-up.dto';
import { SupporterAccountsService } from './supporter-accounts.service';

const CHECK_YOUR_EMAIL = { message: 'If the address can receive mail, a message with a link is on its way.' };

@ApiTags('supporters')
@Controller('supporters')
export class SupportersController {
  constructor(private readonly accounts: SupporterAccountsService) {}

  /** Double opt-in: nothing is subscribed until the emailed link is followed. */
  @Post()
  @HttpCode(202)
  @Public()
  @RateLimited()
  async signUp(@Body() input: SignUpDto) {
    await this.accounts.signUp(input);
    return CHECK_YOUR_EMAIL;
  }

  @Get('confirm/:token')
  @Public()
  async confirm(@Param('token') token: string) {
    const subscription = await this.accounts.confirm(token);
    return { confirmed: true, confirmedAt: subscription.confirmedAt, action: subscription.action && { id: subscription.action.id, title: subscription.action.title } };
  }

  @Post('magic-link')
  @HttpCode(202)
  @Public()
  @RateLimited()
  async requestMagicLink(@Body() input: MagicLinkRequestDto) {
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
  openSession(@Param('token') token: string, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    if (!request.is('application/json')) {
      throw new UnsupportedMediaTypeException({ statusCode: 415, error: 'Unsupported Media Type', message: 'Send the request as JSON (content-type: application/json)' });
    }
    return this.accounts.openSession(token, response);
  }
}
