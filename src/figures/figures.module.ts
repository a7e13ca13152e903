import { Module } from '@nestjs/common';
import { RepliesModule } from '../replies/replies.module';
import { AppealFiguresService } from './appeal-figures.service';
import { FiguresController } from './figures.controller';
import { FiguresRepository } from './figures.repository';

@Module({
  imports: [RepliesModule],
  controllers: [FiguresController],
  providers: [AppealFiguresService, FiguresRepository],
  exports: [AppealFiguresService],
})
export class FiguresModule {}
