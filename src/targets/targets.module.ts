import { Module } from '@nestjs/common';
import { TargetRecordsModule } from './target-records.module';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Target } from './target.entity';
import { TargetsController } from './targets.controller';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';
import { AddTarget } from './use-cases/add-target';
import { ListTargetDirectory } from './use-cases/list-target-directory';

@Module({
  imports: [TypeOrmModule.forFeature([Target]), TargetRecordsModule],
  controllers: [TargetsController],
  providers: [TargetsService, TargetsRepository, ListTargetDirectory, AddTarget],
  exports: [TargetRecordsModule, TargetsService, ListTargetDirectory, AddTarget],
})
export class TargetsModule {}
