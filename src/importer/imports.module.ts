import { Module } from '@nestjs/common';
import { ActionsModule } from '../actions/actions.module';
import { DuplicateFinder } from './duplicate-finder';
import { ImportsController } from './imports.controller';
import { ImportsRepository } from './imports.repository';
import { ImportsService } from './imports.service';

@Module({
  imports: [ActionsModule],
  controllers: [ImportsController],
  providers: [ImportsService, DuplicateFinder, ImportsRepository],
  exports: [ImportsService],
})
export class ImportsModule {}
