import { Body, Controller, Delete, Get, HttpCode, Patch, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SupporterOnly } from '../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../accounts/principal';
import { clearSessionCookies } from '../accounts/session-cookies';
import { ApiAnswer, ApiNoContent, ApiRefusals } from '../platform/openapi/api-answers';
import { PersonalDataExportDto } from './dto/personal-data-export.dto';
import { SupporterDto } from './dto/supporter.dto';
import { UpdateProfileDto } from './dto/update-profile.dto';
import type { PersonalDataExport } from './personal-data-export';
import { PersonalDataService } from './personal-data.service';
import type { SupporterProfile } from './supporter-profile';

/** A signed-in supporter's own data, and only theirs: the id always comes from the session. */
@ApiTags('supporters')
@Controller('me')
export class MeController {
  constructor(private readonly personalData: PersonalDataService) {}

  @Get('data')
  @SupporterOnly()
  @ApiAnswer(PersonalDataExportDto, {
    description: 'Everything held about the supporter: profile, subscriptions, appeals, sessions, mail and letters',
  })
  exportData(@CurrentPrincipal() principal: Principal): Promise<PersonalDataExport> {
    return this.personalData.export(supporterId(principal));
  }

  @Patch()
  @SupporterOnly()
  @ApiAnswer(SupporterDto, { description: 'The profile as saved' })
  @ApiRefusals(400)
  updateProfile(@CurrentPrincipal() principal: Principal, @Body() input: UpdateProfileDto): Promise<SupporterProfile> {
    return this.personalData.updateProfile(supporterId(principal), input);
  }

  @Delete()
  @HttpCode(204)
  @SupporterOnly()
  @ApiNoContent(
    'Erased: the supporter and everything personal are gone, and the session cookies cleared; their appeals stay counted, with no one attached',
  )
  async erase(@CurrentPrincipal() principal: Principal, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.personalData.erase(supporterId(principal));
    clearSessionCookies(response);
  }
}

function supporterId(principal: Principal): string {
  if (principal.kind !== 'supporter') throw new Error('SupporterOnly routes are only reached by supporters');
  return principal.supporter.id;
}
