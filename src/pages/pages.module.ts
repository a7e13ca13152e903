import { RepliesModule } from '../replies/replies.module';
import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { formCsrfToHeader } from './my/page-forms';
import { LettersModule } from '../letters/letters.module';
import { MyPagesModule } from './my/my-pages.module';
import { OfficePagesModule } from './office/office-pages.module';
import { PageAssetsController } from './page-assets.controller';
import { PageRendererModule } from './page-renderer.module';
import { PagesController } from './pages.controller';
import { RenderedPages } from './rendered-pages';
import { StaffPagesModule } from './staff/staff-pages.module';
import { RecentLetterSources } from '../letters/recent-letter-sources';
import { OpenLetterMailto } from '../letters/use-cases/open-letter-mailto';
import { ShowTakeActionPage } from '../letters/use-cases/show-take-action-page';
import { ShowActionPage } from '../actions/use-cases/show-action-page';
import { TakeActionController } from './take-action.controller';

/** Paths the pages answer on, outside the /api prefix. They must not collide with an API controller's path. */
export const PAGE_PATHS = [
  '/',
  'urgent-actions/{*rest}',
  'assets/{*rest}',
  /** Staff pages. */
  'staff',
  'staff/{*rest}',
  /** Section coordinators' pages. */
  'office',
  'office/{*rest}',
  /** A supporter's own pages: follow, confirm, preferences, unsubscribe, my data. */
  'my',
  'my/{*rest}',
];

@Module({
  imports: [ActionsModule, LettersModule, MyPagesModule, OfficePagesModule, PageRendererModule, RepliesModule, StaffPagesModule],
  controllers: [PagesController, TakeActionController, PageAssetsController],
  // The page use cases compose ActionsModule's use cases with RepliesModule's or LettersModule's: the module serving the pages,
  // importing all three, provides them.
  providers: [RenderedPages, RecentLetterSources, ShowActionPage, ShowTakeActionPage, OpenLetterMailto],
})
export class PagesModule implements NestModule {
  /** The take-action forms act for whoever is signed in, so they carry the session's CSRF token as `_csrf`. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'urgent-actions/{*rest}', method: RequestMethod.ALL });
  }
}
