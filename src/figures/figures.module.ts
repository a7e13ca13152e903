import { Module } from '@nestjs/common';
import { RepliesModule } from '../replies/replies.module';
import { AppealFiguresService } from './appeal-figures.service';
import { FiguresController } from './figures.controller';

@Module({
  imports: [RepliesModule],
  controllers: [FiguresController],
  providers: [AppealFiguresService],
  exports: [AppealFiguresService],
})
export class FiguresModule {}
