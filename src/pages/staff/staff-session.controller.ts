import { Body, Controller, Get, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, StaffOnly } from '../../accounts/access.decorators';
import { AuthService } from '../../accounts/auth.service';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { clearSessionCookies } from '../../accounts/session-cookies';
import { Unauthenticated } from '../../platform/errors/domain-errors';
import { safeNext, signInForm } from './sign-in-form';
import { StaffPage, withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';

/** Signing in to the staff pages with email and password (a session cookie), and signing out. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff')
export class StaffSessionController {
  constructor(
    private readonly auth: AuthService,
    private readonly page: StaffPage,
  ) {}

  @Get('sign-in')
  @Public()
  showSignIn(@Query() query: Record<string, unknown>, @Req() request: Request, @Res() response: Response): void {
    this.page.send(request, response, 'sign-in', 'staff.signIn.title', signInForm(query, null));
  }

  @Post('sign-in')
  @Public()
  @RateLimited()
  async signIn(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const email = typeof body.email === 'string' ? body.email : '';
    const password = typeof body.password === 'string' ? body.password : '';
    try {
      const user = await this.auth.checkPassword(email, password);
      await this.auth.openBrowserSession(response, { user });
    } catch (error) {
      if (!(error instanceof Unauthenticated)) throw error;
      const form = signInForm(body, this.page.text(request, 'staff.signIn.wrong'));
      return this.page.send(request, response, 'sign-in', 'staff.signIn.title', form, 401);
    }
    response.redirect(303, withLanguage(request, safeNext(body.next)));
  }

  @Post('sign-out')
  @StaffOnly()
  async signOut(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    if (principal.via === 'cookie') await this.auth.revoke(principal.tokenId);
    clearSessionCookies(response);
    response.redirect(303, withLanguage(request, '/staff/sign-in'));
  }
}
