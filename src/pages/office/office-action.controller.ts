import { Body, Controller, Get, Inject, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SectionAccess } from '../../accounts/access.decorators';
import { ActionStatus, TargetRole } from '../../actions/action-vocabulary';
import { ActionTargetInputDto } from '../../actions/dto/action-target-input.dto';
import { Clock } from '../../common/clock';
import { IdParam } from '../../common/id-param';
import { PaperAppealsReportDto, REPORTABLE_CHANNELS } from '../../figures/dto/paper-appeals-report.dto';
import { AppealFiguresService } from '../../figures/appeal-figures.service';
import { SectionsService } from '../../sections/sections.service';
import { ShowOfficeActionPage } from '../../sections/use-cases/show-office-action-page';
import { TargetKind } from '../../targets/target-kind';
import { pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { csrfTokenOf, filled, FormProblem, problemOf, readForm, sendPage } from '../my/page-forms';
import { inSectionZone, languageName, todayIn } from './office-formats';
import { Audited } from '../../audit/audited.decorator';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

type OfficeForm = 'target' | 'report';

interface Outcome {
  form: OfficeForm;
  problem: FormProblem | null;
  values: Record<string, string>;
}

/** One action as a section office works on it: its local targets, its translations, and letters its members sent themselves. */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('office/sections/:sectionId/actions/:actionId')
export class OfficeActionController {
  constructor(
    private readonly sections: SectionsService,
    private readonly actionPage: ShowOfficeActionPage,
    private readonly figures: AppealFiguresService,
    private readonly renderer: PageRenderer,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  @Get()
  @SectionAccess('sectionId')
  async show(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const done = typeof request.query.done === 'string' && ['target', 'report'].includes(request.query.done) ? request.query.done : null;
    await this.render(request, response, sectionId, actionId, done, null);
  }

  /** "Also send copies to diplomatic representatives accredited to your country": a target for this section's members. */
  @Post('targets')
  @SectionAccess('sectionId')
  @Audited('UrgentAction', 'actionId')
  async addTarget(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const addressLines = (filled(body, 'addressLines') ?? '')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
    const target = {
      name: filled(body, 'name'),
      title: filled(body, 'title'),
      organisation: filled(body, 'organisation'),
      kind: filled(body, 'kind'),
      country: filled(body, 'country'),
      email: filled(body, 'email'),
      fax: filled(body, 'fax'),
      salutation: filled(body, 'salutation'),
      addressLines,
    };
    const form = await readForm(ActionTargetInputDto, { role: filled(body, 'role'), target });
    const values = stringValues(body);
    if (form.problem) return this.render(request, response, sectionId, actionId, null, { form: 'target', problem: form.problem, values });
    try {
      await this.sections.attachLocalTarget(sectionId, actionId, form.input);
    } catch (error) {
      return this.render(request, response, sectionId, actionId, null, { form: 'target', problem: problemOf(error), values });
    }
    response.redirect(303, `/office/sections/${sectionId}/actions/${actionId}?lang=${pageLanguageOf(request)}&done=target#local-targets`);
  }

  /** Letters the section's members sent on paper or by fax: a count and a day, joining the same totals. */
  @Post('appeal-reports')
  @SectionAccess('sectionId')
  @Audited('AppealRecord', () => undefined)
  async report(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<{ id: string } | void> {
    const count = filled(body, 'letterCount');
    const fields = {
      letterCount: count && /^\d+$/.test(count) ? Number(count) : count,
      sentOn: filled(body, 'sentOn'),
      channel: filled(body, 'channel'),
    };
    const form = await readForm(PaperAppealsReportDto, fields);
    const values = stringValues(body);
    if (form.problem) return this.render(request, response, sectionId, actionId, null, { form: 'report', problem: form.problem, values });
    let record;
    try {
      record = await this.figures.reportFromSection(sectionId, actionId, form.input);
    } catch (error) {
      return this.render(request, response, sectionId, actionId, null, { form: 'report', problem: problemOf(error), values });
    }
    response.redirect(303, `/office/sections/${sectionId}/actions/${actionId}?lang=${pageLanguageOf(request)}&done=report#paper-letters`);
    return { id: record.id }; // for the audit log; the page is the redirect
  }

  private async render(
    request: Request,
    response: Response,
    sectionId: string,
    actionId: string,
    done: string | null,
    outcome: Outcome | null,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    const { section, action, letters, localTargets, translatedLanguages } = await this.actionPage.execute(sectionId, actionId);
    const translated = new Set(translatedLanguages);
    const languages = [...new Set([...section.languages, ...action.languages].map((tag) => tag.split('-')[0].toLowerCase()))];
    const values = (form: OfficeForm) => (outcome?.form === form ? outcome.values : {});
    const model = {
      csrf: csrfTokenOf(request),
      section: { id: section.id, name: section.name, timeZone: section.timeZone },
      action: {
        id: action.id,
        title: action.title,
        reference: action.reference,
        status: this.renderer.text(language, `office.status.${action.status}`),
        deadline: inSectionZone(action.appealDeadline, language, section.timeZone),
        reportable: action.status !== ActionStatus.Draft,
      },
      letters,
      done: done ? this.renderer.text(language, `office.done.${done}`) : null,
      localTargets: localTargets.map((link) => ({
        name: link.target.name,
        title: link.target.title,
        email: link.target.email,
        fax: link.target.fax,
        role: this.renderer.text(language, `office.role.${link.role}`),
      })),
      targetForm: {
        problem: outcome?.form === 'target' ? outcome.problem : null,
        values: {
          name: '',
          title: '',
          organisation: '',
          country: '',
          email: '',
          fax: '',
          salutation: '',
          addressLines: '',
          ...values('target'),
        },
        roles: Object.values(TargetRole).map((role) => ({
          value: role,
          label: this.renderer.text(language, `office.role.${role}`),
          selected: values('target').role === role,
        })),
        kinds: Object.values(TargetKind).map((kind) => ({ value: kind, selected: (values('target').kind ?? TargetKind.Embassy) === kind })),
      },
      translations: languages.map((tag) => ({ tag, name: languageName(tag, language), exists: translated.has(tag) })),
      reportForm: {
        problem: outcome?.form === 'report' ? outcome.problem : null,
        values: { letterCount: '', sentOn: todayIn(section.timeZone, this.clock.now()), ...values('report') },
        today: todayIn(section.timeZone, this.clock.now()),
        channels: REPORTABLE_CHANNELS.map((channel) => ({
          value: channel,
          label: this.renderer.text(language, `office.channel.${channel}`),
          selected: (values('report').channel ?? 'post') === channel,
        })),
      },
    };
    const title = this.renderer.text(language, 'office.action.title', { title: action.title });
    const path = `/office/sections/${section.id}/actions/${action.id}`;
    sendPage(this.renderer, response, { language, view: 'office/action', path, title, status: outcome?.problem?.status }, model);
  }
}

function stringValues(body: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(body).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[0] !== '_csrf'),
  );
}
