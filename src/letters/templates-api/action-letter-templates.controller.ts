import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { LetterSettingsDto, LetterTemplateDto } from '../dto/letter-template.dto';
import { LanguageParam } from './language-param';
import { LetterTemplatesService } from './letter-templates.service';
import { AuditedLetterSettings, AuditedLetterTemplate } from './audited-letters';
import { ApiAnswer, ApiRefusals } from '../../platform/openapi/api-answers';
import { ActionLetterSettingsDto, SavedLetterTemplateDto } from '../dto/saved-letter-template.dto';

@ApiTags('letters')
@Controller('actions/:id')
export class ActionLetterTemplatesController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Get('letter-templates')
  @StaffOnly('admin', 'editor')
  @ApiAnswer([SavedLetterTemplateDto], { description: "The action's own letters, by language" })
  @ApiRefusals(400, 404)
  list(@IdParam() id: string): Promise<SavedLetterTemplateDto[]> {
    return this.templates.list(id, null);
  }

  /** 422 naming the field, line and column of a syntax error, an unknown variable or helper, or a reach into JavaScript internals. */
  @Put('letter-templates/:lang')
  @StaffOnly('admin', 'editor')
  @AuditedLetterTemplate()
  @ApiAnswer(SavedLetterTemplateDto, { description: 'The letter, saved' })
  @ApiRefusals(400, 404, 422)
  save(@IdParam() id: string, @LanguageParam() lang: string, @Body() input: LetterTemplateDto): Promise<SavedLetterTemplateDto> {
    return this.templates.save(id, null, lang, input);
  }

  @Get('letter-settings')
  @StaffOnly('admin', 'editor')
  @ApiAnswer(ActionLetterSettingsDto)
  @ApiRefusals(400, 404)
  settings(@IdParam() id: string): Promise<ActionLetterSettingsDto> {
    return this.templates.settings(id);
  }

  @Put('letter-settings')
  @StaffOnly('admin', 'editor')
  @AuditedLetterSettings()
  @ApiAnswer(ActionLetterSettingsDto, { description: 'The settings, saved' })
  @ApiRefusals(400, 404)
  saveSettings(@IdParam() id: string, @Body() input: LetterSettingsDto): Promise<ActionLetterSettingsDto> {
    return this.templates.saveSettings(id, input);
  }
}
