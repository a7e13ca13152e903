import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../accounts/access.decorators';
import { IdParam } from '../common/id-param';
import { AppealFiguresService } from './appeal-figures.service';
import { PaperAppealsReportDto } from './dto/paper-appeals-report.dto';
import { Audited } from '../audit/audited.decorator';

@ApiTags('figures')
@Controller()
export class FiguresController {
  constructor(private readonly figures: AppealFiguresService) {}

  /** Staff dashboard: every action with its appeals, open ones closing soonest first. */
  @Get('figures/actions')
  @StaffOnly()
  overview() {
    return this.figures.overview();
  }

  @Get('actions/:id/figures')
  @StaffOnly()
  forAction(@IdParam() id: string) {
    return this.figures.forAction(id);
  }

  /** Letters a section's members sent on paper or by fax themselves, counted with the rest. */
  @Post('sections/:sectionId/actions/:actionId/appeal-reports')
  @SectionAccess('sectionId')
  @HttpCode(201)
  @Audited('AppealRecord', () => undefined)
  async report(@IdParam('sectionId') sectionId: string, @IdParam('actionId') actionId: string, @Body() report: PaperAppealsReportDto) {
    const record = await this.figures.reportFromSection(sectionId, actionId, report);
    return { id: record.id, letterCount: record.letterCount, channel: record.channel, sentAt: record.sentAt };
  }
}
