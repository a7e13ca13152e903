import { Body, Controller, Delete, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { IdParam } from '../common/id-param';
import { OrganisationMember, Public, SignedIn } from './access.decorators';
import { AuthService } from './auth.service';
import { ApiAnswer, ApiAnswerEither, ApiNoContent, ApiRefusals } from '../platform/openapi/api-answers';
import { ApiTokenDto, CreateApiTokenDto, IssuedApiTokenDto } from './dto/api-token.dto';
import { CurrentSupporterDto, CurrentUserDto, SignedInStaffDto } from './dto/session.dto';
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
  @ApiAnswer(SignedInStaffDto, { description: 'Signed in: the session cookie is set' })
  @ApiRefusals(400, 401)
  async signIn(@Body() input: SignInDto, @Res({ passthrough: true }) response: Response): Promise<SignedInStaffDto> {
    const user = await this.auth.checkPassword(input.email, input.password);
    const session = await this.auth.openBrowserSession(response, { user });
    return { user: userView(user), ...session };
  }

  @Post('sign-out')
  @HttpCode(204)
  @SignedIn()
  @ApiNoContent('The session is revoked and its cookies cleared; with a bearer token, nothing changes')
  async signOut(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    if (principal.via === 'cookie') {
      await this.auth.revoke(principal.tokenId);
      clearSessionCookies(response);
    }
  }

  @Get('me')
  @SignedIn()
  @ApiAnswerEither([CurrentUserDto, CurrentSupporterDto], 'Who the caller is: a user (staff or coordinator), or a supporter')
  me(@CurrentPrincipal() principal: Principal): CurrentUserDto | CurrentSupporterDto {
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
  @ApiAnswer(IssuedApiTokenDto, { status: 201, description: 'The token, shown this once' })
  @ApiRefusals(400)
  async createToken(@CurrentPrincipal() principal: Principal, @Body() input: CreateApiTokenDto): Promise<IssuedApiTokenDto> {
    const { token, record } = await this.auth.issueApiToken(this.userOf(principal), input.label);
    return { id: record.id, label: input.label, createdAt: record.createdAt, token };
  }

  @Get('tokens')
  @OrganisationMember()
  @ApiAnswer([ApiTokenDto], { description: "The caller's API tokens, oldest first, without the tokens themselves" })
  async listTokens(@CurrentPrincipal() principal: Principal): Promise<ApiTokenDto[]> {
    const tokens = await this.auth.listApiTokens(this.userOf(principal).id);
    // Every API token has a label (issueApiToken requires one); only sessions have none.
    return tokens.map(({ id, label, createdAt }) => ({ id, label: label ?? '', createdAt }));
  }

  @Delete('tokens/:id')
  @HttpCode(204)
  @OrganisationMember()
  @ApiNoContent('Revoked: the token no longer works')
  @ApiRefusals(400, 404)
  async revokeToken(@CurrentPrincipal() principal: Principal, @IdParam() id: string): Promise<void> {
    await this.auth.revoke(id, this.userOf(principal).id);
  }

  private userOf(principal: Principal) {
    if (principal.kind !== 'user') throw new Error('OrganisationMember routes are only reached by users');
    return principal.user;
  }
}
