import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { FiguresModule } from '../../figures/figures.module';
import { LettersModule } from '../../letters/letters.module';
import { SectionsModule } from '../../sections/sections.module';
import { formCsrfToHeader } from '../my/page-forms';
import { PageRendererModule } from '../page-renderer.module';
import { OfficeActionController } from './office-action.controller';
import { OfficeLetterController } from './office-letter.controller';
import { OfficePagesController } from './office-pages.controller';
import { ShowOfficeActionPage } from '../../sections/use-cases/show-office-action-page';
import { ShowSectionTranslation } from '../../letters/use-cases/show-section-translation';

/** Section coordinators' pages under /office. */
@Module({
  imports: [SectionsModule, FiguresModule, LettersModule, PageRendererModule],
  controllers: [OfficePagesController, OfficeActionController, OfficeLetterController],
  // Each composes the sections' and the letters' use cases: the module serving the pages imports both and provides them.
  providers: [ShowOfficeActionPage, ShowSectionTranslation],
})
export class OfficePagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // By path for every method: bound to the controllers, Nest would also serve their '' routes with a trailing slash.
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'office/{*rest}', method: RequestMethod.ALL });
  }
}
