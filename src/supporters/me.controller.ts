import { Body, Controller, Delete, Get, HttpCode, Patch, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SupporterOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../accounts/principal';
import { clearSessionCookies } from '../accounts/session-cookies';
import { UpdateProfileDto } from './dto/update-profile.dto';
import { PersonalDataService } from './personal-data.service';

/** A signed-in supporter's own data, and only theirs: the id always comes from the session. */
@ApiTags('supporters')
@Controller('me')
export class MeController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('data')
  @SupporterOnly()
  exportData(@CurrentPrincipal() principal: Principal) {
    return this.personalData.export(supporterId(principal));
  }

  @Patch()
  @SupporterOnly()
  updateProfile(@CurrentPrincipal() principal: Principal, @Body() input: UpdateProfileDto) {
    return this.personalData.updateProfile(supporterId(principal), input);
  }

  @Delete()
  @HttpCode(204)
  @SupporterOnly()
  async erase(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response) {
    await this.personalData.erase(supporterId(principal));
    clearSessionCookies(response);
  }
}

function supporterId(principal: Principal): string {
  if (principal.kind !== 'supporter') throw new Error('SupporterOnly routes are only reached by supporters');
  return principal.supporter.id;
}
