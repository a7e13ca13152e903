import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Target } from './target.entity';
import { TargetsController } from './targets.controller';
import { TargetsRepository } from './targets.repository';
import { TargetsService } from './targets.service';
import { AddTarget } from './use-cases/add-target';
import { FindTarget } from './use-cases/find-target';
import { ListTargetDirectory } from './use-cases/list-target-directory';

@Module({
  imports: [TypeOrmModule.forFeature([Target])],
  controllers: [TargetsController],
  providers: [TargetsService, TargetsRepository, ListTargetDirectory, AddTarget, FindTarget],
  exports: [TargetsService, ListTargetDirectory, AddTarget, FindTarget],
})
export class TargetsModule {}
