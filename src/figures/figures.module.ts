import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { RepliesModule } from '../replies/replies.module';
import { SectionsModule } from '../sections/sections.module';
import { SupportersModule } from '../supporters/supporters.module';
import { AppealFiguresService } from './appeal-figures.service';
import { FiguresController } from './figures.controller';
import { FiguresRepository } from './figures.repository';

@Module({
  imports: [RepliesModule, ActionsModule, SectionsModule, SupportersModule],
  controllers: [FiguresController],
  providers: [AppealFiguresService, FiguresRepository],
  exports: [AppealFiguresService],
})
export class FiguresModule {}
