import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import { Clock } from '../../common/clock';
import { IdParam } from '../../common/id-param';
import { AppealFiguresService } from '../../figures/appeal-figures.service';
import { ShowLetterPreviews } from '../../letters/use-cases/show-letter-previews';
import { pageLanguageOf } from '../page-language';
import { StaffActionPage } from './staff-action-page';
import { StaffPage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { actionSummaryView, dashboardView } from './staff-views';

/** What staff read: every action by status and deadline, one action's appeals and deliveries, its letters and sections' translations waiting for approval. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff')
export class StaffDashboardController {
  constructor(
    private readonly figures: AppealFiguresService,
    private readonly actionPage: StaffActionPage,
    private readonly previews: ShowLetterPreviews,
    private readonly page: StaffPage,
    private readonly clock: Clock,
  ) {}

  @Get()
  @StaffOnly()
  async dashboard(@Req() request: Request, @Res() response: Response): Promise<void> {
    const view = dashboardView(await this.figures.overview(), pageLanguageOf(request), this.clock.now());
    this.page.send(request, response, 'dashboard', 'staff.dashboard.title', view);
  }

  @Get('actions/:id')
  @StaffOnly()
  async action(@IdParam() id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.actionPage.send(request, response, id, { done: typeof request.query.done === 'string' ? request.query.done : undefined });
  }

  @Get('actions/:id/letters')
  @StaffOnly()
  async letterPreviews(@IdParam() id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const names = new Intl.DisplayNames([language], { type: 'language' });
    const signature = {
      name: this.page.text(request, 'staff.letters.sampleName'),
      city: this.page.text(request, 'staff.letters.sampleCity'),
    };
    const { action, languages, waiting } = await this.previews.execute(id, signature);
    this.page.send(request, response, 'letters', 'staff.letters.title', {
      action: actionSummaryView(action, language, this.clock.now()),
      languages: languages.map(({ tag, letters }) => ({
        tag,
        name: names.of(tag) ?? tag,
        letters: letters.map((letter) => ({ ...letter, targetName: letter.target.name })),
      })),
      waiting: waiting.map((translation) => ({ ...translation, languageName: names.of(translation.language) ?? translation.language })),
      approved: request.query.approved === '1',
    });
  }
}
