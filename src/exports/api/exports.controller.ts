import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { SectionAccess, StaffOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { ApiFileAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { ExportAppeals } from '../use-cases/export-appeals';
import { ExportPaperCounts } from '../use-cases/export-paper-counts';
import { ExportSharedSupporters } from '../use-cases/export-shared-supporters';
import { ExportAppealsQuery } from './export-query';
import { sendCsv } from './send-csv';

/** CSV files for staff (the whole network) and coordinators (their section), each export audited. */
@ApiTags('exports')
@Controller()
export class ExportsController {
  constructor(
    private readonly appeals: ExportAppeals,
    private readonly paperCounts: ExportPaperCounts,
    private readonly supporters: ExportSharedSupporters,
  ) {}

  /** Every letter counted, per action, target, channel and day. */
  @Get('exports/appeals.csv')
  @StaffOnly()
  @ApiFileAnswer('text/csv', 'action_id, action_reference, action_title, target_id, target_name, channel, day, letters')
  @ApiRefusals(400, 404)
  async allAppeals(@Query() query: ExportAppealsQuery, @CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    await sendCsv(response, await this.appeals.execute(principal, { sectionId: null, actionId: query.actionId ?? null }));
  }

  /** The letters counted for one section, per action, target, channel and day. */
  @Get('sections/:sectionId/exports/appeals.csv')
  @SectionAccess('sectionId')
  @ApiFileAnswer(
    'text/csv',
    'action_id, action_reference, action_title, target_id, target_name, channel, day, letters: the section’s letters',
  )
  @ApiRefusals(400, 404)
  async sectionAppeals(
    @IdParam('sectionId') sectionId: string,
    @Query() query: ExportAppealsQuery,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, await this.appeals.execute(principal, { sectionId, actionId: query.actionId ?? null }));
  }

  /** The counts the section reported of letters its members sent themselves. */
  @Get('sections/:sectionId/exports/paper-counts.csv')
  @SectionAccess('sectionId')
  @ApiFileAnswer('text/csv', 'record_id, action_id, action_reference, target_id, target_name, channel, letters, sent_on, recorded_at')
  @ApiRefusals(400, 404)
  async sectionPaperCounts(
    @IdParam('sectionId') sectionId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, await this.paperCounts.execute(principal, sectionId));
  }

  /** The section's supporters who agreed to share their details with it. */
  @Get('sections/:sectionId/exports/supporters.csv')
  @SectionAccess('sectionId')
  @ApiFileAnswer('text/csv', 'supporter_id, name, email, city, country, language, confirmed_at, created_at')
  @ApiRefusals(400, 404)
  async sectionSupporters(
    @IdParam('sectionId') sectionId: string,
    @CurrentPrincipal() principal: Principal,
    @Res() response: Response,
  ): Promise<void> {
    await sendCsv(response, await this.supporters.execute(principal, sectionId));
  }
}
