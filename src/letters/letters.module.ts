import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { LetterDelivery } from './delivery/letter-delivery.service';
import { LetterComposer } from './letter-composer.service';
import { LettersController } from './letters.controller';
import { LettersService } from './letters.service';
import { ActionLetterTemplatesController } from './templates-api/action-letter-templates.controller';
import { LetterTemplatesService } from './templates-api/letter-templates.service';
import { SectionLetterTemplatesController } from './templates-api/section-letter-templates.controller';

@Module({
  imports: [ActionsModule],
  controllers: [LettersController, ActionLetterTemplatesController, SectionLetterTemplatesController],
  providers: [LetterComposer, LettersService, LetterDelivery, LetterTemplatesService],
  exports: [LetterComposer, LettersService, LetterDelivery, LetterTemplatesService],
})
export class LettersModule {}
