import { Controller, Get, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public, SectionAccess } from '../../accounts/access.decorators';
import type { RequestWithPrincipal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { ShowSectionOffice } from '../../sections/use-cases/show-section-office';
import { sendPage } from '../my/page-forms';
import { pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { inSectionZone } from './office-formats';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

/** A section coordinator's page: the actions with deadlines ahead and the reminders the office will get, in its time zone. */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('office')
export class OfficePagesController {
  constructor(
    private readonly office: ShowSectionOffice,
    private readonly renderer: PageRenderer,
  ) {}

  /** Only sends the caller on: a coordinator to their own section's page, anyone else to sign in. Shows nothing itself. */
  @Get()
  @Public()
  home(@Req() request: RequestWithPrincipal, @Res() response: Response): void {
    const language = pageLanguageOf(request);
    const principal = request.principal;
    if (principal?.kind === 'user' && principal.user.sectionId) {
      return response.redirect(303, `/office/sections/${principal.user.sectionId}?lang=${language}`);
    }
    if (principal?.kind === 'user') return response.redirect(303, `/staff?lang=${language}`);
    response.redirect(303, `/staff/sign-in?lang=${language}`);
  }

  @Get('sections/:sectionId')
  @SectionAccess('sectionId')
  async section(@IdParam('sectionId') sectionId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const { section, actions, reminders, letters } = await this.office.execute(sectionId);
    const model = {
      section: { id: section.id, name: section.name, code: section.code, timeZone: section.timeZone },
      actions: actions.map((action) => ({
        id: action.id,
        title: action.title,
        reference: action.reference,
        status: this.renderer.text(language, `office.status.${action.status}`),
        deadline: inSectionZone(action.appealDeadline, language, section.timeZone),
        deadlineIso: action.appealDeadline.toISOString(),
        total: letters.get(action.id)?.total ?? 0,
        fromSection: letters.get(action.id)?.fromSection ?? 0,
      })),
      reminders: reminders.map((reminder) => ({
        actionTitle: reminder.action.title,
        when: inSectionZone(reminder.dueAt, language, section.timeZone),
        whenIso: reminder.dueAt.toISOString(),
        daysBefore: this.renderer.text(language, reminder.daysBefore === 0 ? 'office.reminders.onTheDay' : 'office.reminders.daysBefore', {
          days: reminder.daysBefore,
        }),
        addresses: reminder.addresses.join(', '),
      })),
    };
    const title = this.renderer.text(language, 'office.section.title', { name: section.name });
    sendPage(this.renderer, response, { language, view: 'office/section', path: `/office/sections/${section.id}`, title }, model);
  }
}
