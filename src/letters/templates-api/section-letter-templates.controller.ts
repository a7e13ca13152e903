import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SectionAccess, StaffOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { IdParam } from '../../common/id-param';
import { LetterTemplateDto } from '../dto/letter-template.dto';
import { LanguageParam } from './language-param';
import { LetterTemplatesService } from './letter-templates.service';
import { AuditedLetterTemplate } from './audited-letters';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { SavedLetterTemplateDto } from '../dto/saved-letter-template.dto';

/** A section's own translation of an action's letter, used before the action's text for the section's members once staff approve it. */
@ApiTags('letters')
@Controller('sections/:sectionId/actions/:actionId/letter-templates')
export class SectionLetterTemplatesController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Get()
  @SectionAccess('sectionId')
  @ApiAnswer([SavedLetterTemplateDto], { description: "The section's translations of the action's letter, by language" })
  @ApiRefusals(400, 404)
  list(@IdParam('sectionId') sectionId: string, @IdParam('actionId') actionId: string): Promise<SavedLetterTemplateDto[]> {
    return this.templates.list(actionId, sectionId);
  }

  @Put(':lang')
  @SectionAccess('sectionId')
  @AuditedLetterTemplate()
  @ApiAnswer(SavedLetterTemplateDto, { description: 'The translation, saved: it waits for staff approval again' })
  @ApiRefusals(400, 404, 422)
  save(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @LanguageParam() lang: string,
    @Body() input: LetterTemplateDto,
  ): Promise<SavedLetterTemplateDto> {
    return this.templates.save(actionId, sectionId, lang, input);
  }

  /** Saving the translation again withdraws the approval. */
  @Post(':lang/approve')
  @HttpCode(200)
  @StaffOnly('admin', 'editor')
  @AuditedLetterTemplate()
  @ApiAnswer(SavedLetterTemplateDto, { description: 'The translation, approved as it is now' })
  @ApiRefusals(400, 404)
  approve(
    @IdParam('sectionId') sectionId: string,
    @IdParam('actionId') actionId: string,
    @LanguageParam() lang: string,
    @CurrentPrincipal() principal: Principal | undefined,
  ): Promise<SavedLetterTemplateDto> {
    return this.templates.approve(actionId, sectionId, lang, principal?.kind === 'user' ? principal.user.id : null);
  }
}
