import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { SectionsModule } from '../sections/sections.module';
import { DuplicateFinder } from './duplicate-finder';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [ActionsModule, SectionsModule],
  controllers: [ImportsController],
  providers: [ImportsService, DuplicateFinder],
  exports: [ImportsService],
})
export class ImportsModule {}
