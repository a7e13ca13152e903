import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { LetterTemplateDto } from '../dto/letter-template.dto';
import { LanguageParam } from './language-param';
import { LetterTemplatesService } from './letter-templates.service';
import { AuditedLetterTemplate } from './audited-letters';

/** A section's own translation of an action's letter, used before the action's text for the section's members once staff approve it. */
@ApiTags('letters')
@Controller('sections/:sectionId/actions/:actionId/letter-templates')
export class SectionLetterTemplatesController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Get()
  @SectionAccess('sectionId')
  list(@IdParam('sectionId') sectionId: string, @IdParam('actionId') actionId: string) {
    return this.templates.list(actionId, sectionId);
  }

  @Put(':lang')
  @SectionAccess('sectionId')
  @AuditedLetterTemplate()
  save(@IdParam('sectionId') sectionId: string, @IdParam('actionId') actionId: string, @LanguageParam() lang: string, @Body() input: LetterTemplateDto) {
    return this.templates.save(actionId, sectionId, lang, input);
  }

  /** Saving the translation again withdraws the approval. */
  @Post(':lang/approve')
  @HttpCode(200)
  @StaffOnly('admin', 'editor')
  @AuditedLetterTemplate()
  approve(
    @IdParam('sectionId') sectionId: string, @IdParam('actionId') actionId: string, @LanguageParam() lang: string,
    @CurrentPrincipal() principal: Principal | undefined,
  ) {
    return this.templates.approve(actionId, sectionId, lang, principal?.kind === 'user' ? principal.user.id : null);
  }
}
