import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { StaffOnly } from '../../accounts/access.decorators';
import { IdParam } from '../../common/id-param';
import { LetterSettingsDto, LetterTemplateDto } from '../dto/letter-template.dto';
import { LanguageParam } from './language-param';
import { LetterTemplatesService } from './letter-templates.service';
import { AuditedLetterSettings, AuditedLetterTemplate } from './audited-letters';

@ApiTags('letters')
@Controller('actions/:id')
export class ActionLetterTemplatesController {
  constructor(private readonly templates: LetterTemplatesService) {}

  @Get('letter-templates')
  @StaffOnly('admin', 'editor')
  list(@IdParam() id: string) {
    return this.templates.list(id, null);
  }

  /** 422 naming the field, line and column of a syntax error, an unknown variable or helper, or a reach into JavaScript internals. */
  @Put('letter-templates/:lang')
  @StaffOnly('admin', 'editor')
  @AuditedLetterTemplate()
  save(@IdParam() id: string, @LanguageParam() lang: string, @Body() input: LetterTemplateDto) {
    return this.templates.save(id, null, lang, input);
  }

  @Get('letter-settings')
  @StaffOnly('admin', 'editor')
  settings(@IdParam() id: string) {
    return this.templates.settings(id);
  }

  @Put('letter-settings')
  @StaffOnly('admin', 'editor')
  @AuditedLetterSettings()
  saveSettings(@IdParam() id: string, @Body() input: LetterSettingsDto) {
    return this.templates.saveSettings(id, input);
  }
}
