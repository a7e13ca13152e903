import { Body, Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../common/id-param';
import { OrganisationMember, Public, SignedIn } from './access.decorators';
import { AuthService } from './auth.service';
import { CreateApiTokenDto } from './dto/api-token.dto';
import { SignInDto } from './dto/sign-in.dto';
import { CurrentPrincipal, type Principal } from './principal';
import { RateLimited } from './rate-limited.decorator';
import { clearSessionCookies } from './session-cookies';
import { userView } from './user-view';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  /** Staff and coordinators: sets the session cookie and answers with the CSRF token to send on changes. */
  @Post('sign-in')
  @HttpCode(200)
  @Public()
  @RateLimited()
  async signIn(@Body() input: SignInDto, @Res({ passthrough: true }) response: Response) {
    const user = await this.auth.checkPassword(input.email, input.password);
    const session = await this.auth.openBrowserSession(response, { user });
    return { user: userView(user), ...session };
  }

  @Post('sign-out')
  @HttpCode(204)
  @SignedIn()
  async signOut(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response) {
    if (principal.via === 'cookie') {
      await this.auth.revoke(principal.tokenId);
      clearSessionCookies(response);
    }
  }

  @Get('me')
  @SignedIn()
  me(@CurrentPrincipal() principal: Principal) {
    if (principal.kind === 'user') return { kind: 'user', user: userView(principal.user) };
    const { id, name, language } = principal.supporter;
    return { kind: 'supporter', supporter: { id, name, language } };
  }

  /**
   * API tokens for scripts: the token itself is shown once, in this answer. A coordinator's token acts as the
   * coordinator, so it reaches their section only (the OSDI API and a section's tools).
   */
  @Post('tokens')
  @OrganisationMember()
  async createToken(@CurrentPrincipal() principal: Principal, @Body() input: CreateApiTokenDto) {
    const { token, record } = await this.auth.issueApiToken(this.userOf(principal), input.label);
    return { id: record.id, label: record.label, createdAt: record.createdAt, token };
  }

  @Get('tokens')
  @OrganisationMember()
  async listTokens(@CurrentPrincipal() principal: Principal) {
    const tokens = await this.auth.listApiTokens(this.userOf(principal).id);
    return tokens.map(({ id, label, createdAt }) => ({ id, label, createdAt }));
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @OrganisationMember()
  async revokeToken(@CurrentPrincipal() principal: Principal, @IdParam() id: string) {
    await this.auth.revoke(id, this.userOf(principal).id);
  }

  private userOf(principal: Principal) {
    if (principal.kind !== 'user') throw new Error('OrganisationMember routes are only reached by users');
    return principal.user;
  }
}
