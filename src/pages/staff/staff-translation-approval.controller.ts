import { Controller, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { StaffOnly } from '../../accounts/access.decorators';
import type { RequestWithPrincipal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { LanguageParam } from '../../letters/templates-api/language-param';
import { LetterTemplatesService } from '../../letters/templates-api/letter-templates.service';
import { withLanguage } from './staff-page';
import { StaffPagesFilter } from './staff-pages.filter';
import { AuditedLetterTemplate } from '../../letters/templates-api/audited-letters';

/** The Approve button beside a section's translation waiting, on the action's letters page or the sections page. */
@ApiExcludeController()
@UseFilters(StaffPagesFilter)
@Controller('staff/actions/:id/letters/sections/:sectionId/:lang')
export class StaffTranslationApprovalController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Post('approve')
  @StaffOnly('admin', 'editor')
  @AuditedLetterTemplate()
  async approve(
    @IdParam() id: string,
    @IdParam('sectionId') sectionId: string,
    @LanguageParam() lang: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const principal = (request as RequestWithPrincipal).principal;
    await this.templates.approve(id, sectionId, lang, principal?.kind === 'user' ? principal.user.id : null);
    // Back to the page the button was on; only the two known pages, so the form cannot redirect anywhere else.
    const back =
      (request.body as Record<string, unknown> | undefined)?.returnTo === 'sections'
        ? `/staff/sections?approved=1`
        : `/staff/actions/${id}/letters?approved=1`;
    response.redirect(303, withLanguage(request, back));
  }
}
