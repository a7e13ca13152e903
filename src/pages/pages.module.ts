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
import { RecentLetterSources } from './recent-letter-sources';
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
  // ShowActionPage composes ActionsModule's and RepliesModule's use cases: the module serving the page, importing both, provides it.
  providers: [RenderedPages, RecentLetterSources, ShowActionPage],
})
export class PagesModule implements NestModule {
  /** The take-action forms act for whoever is signed in, so they carry the session's CSRF token as `_csrf`. */
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'urgent-actions/{*rest}', method: RequestMethod.ALL });
  }
}
