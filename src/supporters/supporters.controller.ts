import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
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

  @Get('session/:token')
  @Public()
  @RateLimited()
  openSession(@Param('token') token: string, @Res({ passthrough: true }) response: Response) {
    return this.accounts.openSession(token, response);
  }
}
