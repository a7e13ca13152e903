import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SectionAccess } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { LetterTemplateDto } from '../../letters/dto/letter-template.dto';
import { LanguageParam } from '../../letters/templates-api/language-param';
import { baseLanguage, type LetterTemplateRecord, LetterTemplatesService } from '../../letters/templates-api/letter-templates.service';
import { ShowSectionAction } from '../../sections/use-cases/show-section-action';
import { pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { csrfTokenOf, filled, FormProblem, problemOf, readForm, sendPage } from '../my/page-forms';
import { inSectionZone, languageName, paragraphsToText, textToParagraphs } from './office-formats';
import { AuditedLetterTemplate } from '../../letters/templates-api/audited-letters';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

interface LetterFields {
  subjectLine: string;
  salutation: string;
  paragraphs: string;
  asks: string;
  closing: string;
}

/** A section's own translation of an action's letter, edited as plain text and saved through the letter templates service. */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('office/sections/:sectionId/actions/:actionId/letters/:lang')
export class OfficeLetterController {
  constructor(
    private readonly sectionAction: ShowSectionAction,
    private readonly templates: LetterTemplatesService,
    private readonly renderer: PageRenderer,
  ) {}

  @Get()
  @SectionAccess('sectionId')
  async edit(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @LanguageParam() lang: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const saved = await this.savedTranslation(actionId, sectionId, lang);
    const fields: LetterFields = {
      subjectLine: saved?.subjectLine ?? '',
      salutation: saved?.salutation ?? '',
      paragraphs: saved ? paragraphsToText(saved.paragraphs) : '',
      asks: saved?.asks ?? '',
      closing: saved?.closing ?? '',
    };
    await this.render(request, response, sectionId, actionId, lang, fields, null, request.query.saved === '1');
  }

  @Post()
  @SectionAccess('sectionId')
  @AuditedLetterTemplate()
  async save(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @LanguageParam() lang: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const text = (key: keyof LetterFields) => (typeof body[key] === 'string' ? (body[key] as string) : '');
    const fields: LetterFields = {
      subjectLine: text('subjectLine'),
      salutation: text('salutation'),
      paragraphs: text('paragraphs'),
      asks: text('asks'),
      closing: text('closing'),
    };
    // An empty part falls back to the language's default, as in the API (null).
    const form = await readForm(LetterTemplateDto, {
      subjectLine: filled(body, 'subjectLine') ?? null,
      salutation: filled(body, 'salutation') ?? null,
      paragraphs: textToParagraphs(fields.paragraphs),
      asks: filled(body, 'asks') ?? null,
      closing: filled(body, 'closing') ?? null,
    });
    if (form.problem) return this.render(request, response, sectionId, actionId, lang, fields, form.problem, false);
    try {
      await this.templates.save(actionId, sectionId, lang, form.input);
    } catch (error) {
      return this.render(request, response, sectionId, actionId, lang, fields, problemOf(error), false);
    }
    response.redirect(
      303,
      `/office/sections/${sectionId}/actions/${actionId}/letters/${baseLanguage(lang)}?lang=${pageLanguageOf(request)}&saved=1`,
    );
  }

  private async savedTranslation(actionId: string, sectionId: string, lang: string): Promise<LetterTemplateRecord | undefined> {
    return (await this.templates.list(actionId, sectionId)).find((template) => template.language === baseLanguage(lang));
  }

  private async render(
    request: Request,
    response: Response,
    sectionId: string,
    actionId: string,
    lang: string,
    fields: LetterFields,
    problem: FormProblem | null,
    saved: boolean,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    const { section, action } = await this.sectionAction.execute(sectionId, actionId);
    const letterLanguage = baseLanguage(lang);
    const stored = await this.savedTranslation(actionId, sectionId, lang);
    const approval = stored && {
      approved: !!stored.approvedAt,
      on: stored.approvedAt ? inSectionZone(stored.approvedAt, language, section.timeZone) : null,
    };
    const model = {
      approval,
      csrf: csrfTokenOf(request),
      problem,
      saved,
      fields,
      section: { id: section.id, name: section.name },
      action: { id: action.id, title: action.title },
      letterLanguage,
      letterLanguageName: languageName(letterLanguage, language),
    };
    const title = this.renderer.text(language, 'office.letter.title', { language: model.letterLanguageName, title: action.title });
    const path = `/office/sections/${section.id}/actions/${action.id}/letters/${letterLanguage}`;
    sendPage(this.renderer, response, { language, view: 'office/letter', path, title, status: problem?.status }, model);
  }
}
