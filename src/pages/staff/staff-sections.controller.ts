import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import { pageLanguageOf } from '../page-language';
import { StaffPage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { StaffSectionsView } from './staff-sections.view';

/** The sections of the network as staff follow them: settings, coming reminders, translations to approve, local targets. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff')
export class StaffSectionsController {
  constructor(
    private readonly view: StaffSectionsView,
    private readonly page: StaffPage,
  ) {}

  @Get('sections')
  @StaffOnly()
  async sections(@Req() request: Request, @Res() response: Response): Promise<void> {
    const model = await this.view.model(pageLanguageOf(request));
    this.page.send(request, response, 'sections', 'staff.sections.title', { ...model, approved: request.query.approved === '1' });
  }
}
