import { Module } from '@nestjs/common';
import { PageRenderer } from './page-renderer';

/** One PageRenderer for every area of pages: templates, partials and words are read and compiled once. */
@Module({ providers: [PageRenderer], exports: [PageRenderer] })
export class PageRendererModule {}
