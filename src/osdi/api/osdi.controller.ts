import { Controller, Get, Header, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { OrganisationMember } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { ApiRefusals } from '../../platform/openapi/api-answers';
import { HAL_JSON, ORIGIN_SYSTEM } from '../hal/hal';
import { OsdiAdvocacyCampaignDto, OsdiEntryPointDto, OsdiOutreachDto, OsdiPersonDto } from '../hal/osdi-resources.dto';
import { ApiHalAnswer, ApiHalCollection } from './api-hal-answers';
import { ReadAdvocacyCampaigns } from '../use-cases/read-advocacy-campaigns';
import { ReadOutreaches } from '../use-cases/read-outreaches';
import { ReadPeople } from '../use-cases/read-people';
import { scopeOf, urlsFor } from './osdi-caller';
import { OsdiPageQuery } from './osdi-page.query';

/** OSDI, read-only: actions as advocacy campaigns, appeal records as outreaches, sharing supporters as people. */
@ApiTags('osdi')
@Controller('osdi/v1')
export class OsdiController {
  constructor(
    private readonly campaigns: ReadAdvocacyCampaigns,
    private readonly outreaches: ReadOutreaches,
    private readonly people: ReadPeople,
  ) {}

  /** The API entry point: what this system offers, as links. */
  @Get()
  @OrganisationMember()
  @ApiHalAnswer(OsdiEntryPointDto, 'The entry point: links to the collections')
  @Header('Content-Type', HAL_JSON)
  entryPoint(@Req() request: Request) {
    const urls = urlsFor(request);
    return {
      motd: 'Urgent Actions, their appeals and the supporters who share with their section, read-only',
      vendor_name: ORIGIN_SYSTEM,
      product_name: ORIGIN_SYSTEM,
      osdi_version: '1.1',
      _links: {
        self: { href: urls.api() },
        'osdi:advocacy_campaigns': { href: urls.api('/advocacy_campaigns') },
        'osdi:outreaches': { href: urls.api('/outreaches') },
        'osdi:people': { href: urls.api('/people') },
        curies: urls.curies(),
      },
    };
  }

  @Get('advocacy_campaigns')
  @OrganisationMember()
  @ApiHalCollection('osdi:advocacy_campaigns', OsdiAdvocacyCampaignDto, 'Actions the public may see, with their targets')
  @ApiRefusals(400)
  @Header('Content-Type', HAL_JSON)
  listCampaigns(@Query() query: OsdiPageQuery, @Req() request: Request) {
    return this.campaigns.list(urlsFor(request), query.toPage());
  }

  @Get('advocacy_campaigns/:id')
  @OrganisationMember()
  @ApiHalAnswer(OsdiAdvocacyCampaignDto, 'One action, with its targets')
  @ApiRefusals(400, 404)
  @Header('Content-Type', HAL_JSON)
  campaign(@IdParam() id: string, @Req() request: Request) {
    return this.campaigns.one(urlsFor(request), id);
  }

  @Get('advocacy_campaigns/:id/outreaches')
  @OrganisationMember()
  @ApiHalCollection('osdi:outreaches', OsdiOutreachDto, 'The action’s appeal records (a coordinator’s: their section’s)')
  @ApiRefusals(400, 404)
  @Header('Content-Type', HAL_JSON)
  campaignOutreaches(
    @IdParam() id: string,
    @Query() query: OsdiPageQuery,
    @CurrentPrincipal() principal: Principal,
    @Req() request: Request,
  ) {
    return this.outreaches.ofCampaign(urlsFor(request), scopeOf(principal), id, query.toPage());
  }

  @Get('outreaches')
  @OrganisationMember()
  @ApiHalCollection('osdi:outreaches', OsdiOutreachDto, 'Appeal records (a coordinator’s: their section’s)')
  @ApiRefusals(400)
  @Header('Content-Type', HAL_JSON)
  listOutreaches(@Query() query: OsdiPageQuery, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.outreaches.list(urlsFor(request), scopeOf(principal), query.toPage());
  }

  @Get('outreaches/:id')
  @OrganisationMember()
  @ApiHalAnswer(OsdiOutreachDto, 'One appeal record')
  @ApiRefusals(400, 404)
  @Header('Content-Type', HAL_JSON)
  outreach(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.outreaches.one(urlsFor(request), scopeOf(principal), id);
  }

  @Get('people')
  @OrganisationMember()
  @ApiHalCollection('osdi:people', OsdiPersonDto, 'Confirmed supporters who share with their section (a coordinator’s: their section’s)')
  @ApiRefusals(400)
  @Header('Content-Type', HAL_JSON)
  listPeople(@Query() query: OsdiPageQuery, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.people.list(urlsFor(request), scopeOf(principal), query.toPage());
  }

  @Get('people/:id')
  @OrganisationMember()
  @ApiHalAnswer(OsdiPersonDto, 'One supporter who shares with their section')
  @ApiRefusals(400, 404)
  @Header('Content-Type', HAL_JSON)
  person(@IdParam() id: string, @CurrentPrincipal() principal: Principal, @Req() request: Request) {
    return this.people.one(urlsFor(request), scopeOf(principal), id);
  }
}
