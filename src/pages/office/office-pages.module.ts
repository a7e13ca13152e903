import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { FiguresModule } from '../../figures/figures.module';
import { LetterTemplatesService } from '../../letters/templates-api/letter-templates.service';
import { SectionsModule } from '../../sections/sections.module';
import { formCsrfToHeader } from '../my/page-forms';
import { PageRenderer } from '../page-renderer';
import { OfficeActionController } from './office-action.controller';
import { OfficeLetterController } from './office-letter.controller';
import { OfficePagesController } from './office-pages.controller';
import { SectionOfficeReader } from './section-office.reader';

/** Section coordinators' pages under /office. The letters module does not export its templates service, which keeps no state, so this module provides its own. */
@Module({
  imports: [SectionsModule, FiguresModule],
  controllers: [OfficePagesController, OfficeActionController, OfficeLetterController],
  providers: [PageRenderer, SectionOfficeReader, LetterTemplatesService],
})
export class OfficePagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // By path for every method: bound to the controllers, Nest would also serve their '' routes with a trailing slash.
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'office/{*rest}', method: RequestMethod.ALL });
  }
}
