import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../accounts/access.decorators';
import { IdParam } from '../common/id-param';
import { AppealFiguresService } from './appeal-figures.service';
import { PaperAppealsReportDto } from './dto/paper-appeals-report.dto';
import { ActionOverviewDto, AppealFiguresDto, PaperAppealsRecordDto } from './dto/appeal-figures.dto';
import { ApiAnswer, ApiRefusals } from '../platform/openapi/api-answers';
import type { ActionOverview, AppealFigures } from './appeal-figures';
import { Audited } from '../audit/audited.decorator';

@ApiTags('figures')
@Controller()
export class FiguresController {
  constructor(private readonly figures: AppealFiguresService) {}

  /** Staff dashboard: every action with its appeals, open ones closing soonest first. */
  @Get('figures/actions')
  @StaffOnly()
  @ApiAnswer([ActionOverviewDto], { description: 'Published first, then drafts, then closed; closing soonest first' })
  overview(): Promise<ActionOverview[]> {
    return this.figures.overview();
  }

  @Get('actions/:id/figures')
  @StaffOnly()
  @ApiAnswer(AppealFiguresDto)
  @ApiRefusals(400, 404)
  forAction(@IdParam() id: string): Promise<AppealFigures> {
    return this.figures.forAction(id);
  }

  /** Letters a section's members sent on paper or by fax themselves, counted with the rest. */
  @Post('sections/:sectionId/actions/:actionId/appeal-reports')
  @SectionAccess('sectionId')
  @HttpCode(201)
  @Audited('AppealRecord', () => undefined)
  @ApiAnswer(PaperAppealsRecordDto, { status: 201, description: 'The count, recorded' })
  @ApiRefusals(400, 404, 422)
  async report(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @Body() report: PaperAppealsReportDto,
  ): Promise<PaperAppealsRecordDto> {
    const record = await this.figures.reportFromSection(sectionId, actionId, report);
    return { id: record.id, letterCount: record.letterCount, channel: record.channel, sentAt: record.sentAt };
  }
}
