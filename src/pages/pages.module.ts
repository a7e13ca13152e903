import { Module } from '@nestjs/common';
import { PageAssetsController } from './page-assets.controller';
import { PageRenderer } from './page-renderer';
import { PagesController } from './pages.controller';
import { PublishedActionsReader } from './published-actions.reader';
import { RenderedPages } from './rendered-pages';

/** Paths the pages answer on, outside the /api prefix. They must not collide with an API controller's path. */
export const PAGE_PATHS = ['/', 'urgent-actions/{*rest}', 'assets/{*rest}'];

@Module({
  controllers: [PagesController, PageAssetsController],
  providers: [PageRenderer, PublishedActionsReader, RenderedPages],
})
export class PagesModule {}
