import { Body, Controller, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import { Audited } from '../../audit/audited.decorator';
import { IdParam } from '../../common/id-param';
import { LetterBursts } from '../../letters/consent/letter-bursts.service';
import { CancelLetterBurstDto } from '../../letters/dto/letter-burst.dto';
import { readForm } from '../my/page-forms';
import { StaffActionPage } from './staff-action-page';
import { withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';

/** The delivery report's button that cancels a burst of letters from one IP or writer address. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/actions/:id/letter-bursts')
export class StaffLetterBurstsController {
  constructor(
    private readonly bursts: LetterBursts,
    private readonly actionPage: StaffActionPage,
  ) {}

  @Post('cancel')
  @StaffOnly('admin', 'editor')
  @Audited('UrgentAction')
  async cancel(
    @IdParam() id: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const form = await readForm(CancelLetterBurstDto, { ip: body.ip || undefined, email: body.email || undefined });
    if (form.problem) return this.actionPage.send(request, response, id, { problem: form.problem.messages.join('; ') }, 400);
    await this.bursts.cancel(id, form.input);
    response.redirect(303, withLanguage(request, `/staff/actions/${id}?done=burstCancelled`));
  }
}
