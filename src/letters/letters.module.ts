import { DownloadLetterPdf } from './use-cases/download-letter-pdf';
import { ListWriterLetterRequests } from './use-cases/list-writer-letter-requests';
import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActionsModule } from '../actions/actions.module';
import { SectionsModule } from '../sections/sections.module';
import { SupportersModule } from '../supporters/supporters.module';
import { LetterBurstsController } from './consent/letter-bursts.controller';
import { LetterBurstsRepository } from './consent/letter-bursts.repository';
import { LetterBursts } from './consent/letter-bursts.service';
import { LetterConfirmationsController } from './consent/letter-confirmations.controller';
import { CachedLetterSources } from './cached-letter-sources';
import { LetterRequestsRepository } from './consent/letter-requests.repository';
import { IpDailyCaps } from './consent/ip-daily-caps';
import { LetterRequests } from './consent/letter-requests.service';
import { WriterConfirmations } from './consent/writer-confirmations';
import { LetterDeliveryRepository } from './delivery/letter-delivery.repository';
import { LetterDelivery } from './delivery/letter-delivery.service';
import { LetterReportsRepository } from './delivery/letter-reports.repository';
import { LetterReports } from './delivery/letter-reports.service';
import { WriterKeys } from './delivery/writer-keys';
import { LetterComposer } from './letter-composer.service';
import { LettersController } from './letters.controller';
import { LettersRepository } from './letters.repository';
import { LettersService } from './letters.service';
import { LetterReferences } from './references/letter-references';
import { ActionLetterTemplatesController } from './templates-api/action-letter-templates.controller';
import { LetterTemplatesRepository } from './templates-api/letter-templates.repository';
import { LetterTemplatesService } from './templates-api/letter-templates.service';
import { SectionLetterTemplatesController } from './templates-api/section-letter-templates.controller';

@Module({
  imports: [AccountsModule, ActionsModule, SectionsModule, SupportersModule],
  controllers: [
    LettersController,
    LetterConfirmationsController,
    LetterBurstsController,
    ActionLetterTemplatesController,
    SectionLetterTemplatesController,
  ],
  providers: [
    DownloadLetterPdf,
    LetterComposer,
    LettersService,
    LetterDelivery,
    LetterRequests,
    WriterConfirmations,
    LetterBursts,
    LetterReports,
    WriterKeys,
    LetterReferences,
    LetterTemplatesService,
    IpDailyCaps,
    CachedLetterSources,
    LetterRequestsRepository,
    LettersRepository,
    LetterTemplatesRepository,
    LetterReportsRepository,
    LetterDeliveryRepository,
    LetterBurstsRepository,
    ListWriterLetterRequests,
  ],
  exports: [
    LetterComposer,
    LettersService,
    LetterDelivery,
    LetterRequests,
    LetterBursts,
    LetterReports,
    LetterReferences,
    LetterTemplatesService,
    ListWriterLetterRequests,
  ],
})
export class LettersModule {}
