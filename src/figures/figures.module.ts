import { Module } from '@nestjs/common';
import { AppealFiguresService } from './appeal-figures.service';
import { FiguresController } from './figures.controller';

@Module({
  controllers: [FiguresController],
  providers: [AppealFiguresService],
  exports: [AppealFiguresService],
})
export class FiguresModule {}
