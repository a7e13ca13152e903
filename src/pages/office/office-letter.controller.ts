import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SectionAccess } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { LetterTemplateDto } from '../../letters/dto/letter-template.dto';
import { LanguageParam } from '../../letters/templates-api/language-param';
import { baseLanguage, LetterTemplatesService } from '../../letters/templates-api/letter-templates.service';
import { type SectionTranslationReadModel, ShowSectionTranslation } from '../../letters/use-cases/show-section-translation';
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
    private readonly translation: ShowSectionTranslation,
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
    const page = await this.translation.execute(sectionId, actionId, lang);
    const saved = page.translation;
    const fields: LetterFields = {
      subjectLine: saved?.subjectLine ?? '',
      salutation: saved?.salutation ?? '',
      paragraphs: saved ? paragraphsToText(saved.paragraphs) : '',
      asks: saved?.asks ?? '',
      closing: saved?.closing ?? '',
    };
    this.render(request, response, page, lang, fields, null, request.query.saved === '1');
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
    const again = async (problem: FormProblem) =>
      this.render(request, response, await this.translation.execute(sectionId, actionId, lang), lang, fields, problem, false);
    if (form.problem) return again(form.problem);
    try {
      await this.templates.save(actionId, sectionId, lang, form.input);
    } catch (error) {
      return again(problemOf(error));
    }
    response.redirect(
      303,
      `/office/sections/${sectionId}/actions/${actionId}/letters/${baseLanguage(lang)}?lang=${pageLanguageOf(request)}&saved=1`,
    );
  }

  private render(
    request: Request,
    response: Response,
    { section, action, translation: stored }: SectionTranslationReadModel,
    lang: string,
    fields: LetterFields,
    problem: FormProblem | null,
    saved: boolean,
  ): void {
    const language = pageLanguageOf(request);
    const letterLanguage = baseLanguage(lang);
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
