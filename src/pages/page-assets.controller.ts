import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../accounts/access.decorators';
import { PAGES_DIR } from './pages-directory';

const TYPES: Record<string, string> = { css: 'text/css; charset=utf-8', js: 'text/javascript; charset=utf-8' };

/** The pages’ stylesheet and their small scripts, read once; only the files listed here are served. */
@ApiExcludeController()
@Controller('assets')
export class PageAssetsController {
  private readonly assets = new Map(
    ['app.css', 'local-time.js', 'copy-letter.js'].map((file) => [file, readFileSync(join(PAGES_DIR, 'assets', file))] as const),
  );

  @Get(':file')
  @Public()
  serve(@Param('file') file: string, @Res() response: Response): void {
    const content = this.assets.get(file);
    if (!content) throw new NotFoundException(`No asset named ${file}`);
    response
      .type(TYPES[file.split('.').pop() as string])
      .set('Cache-Control', 'public, max-age=3600')
      .send(content);
  }
}
