import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Target } from './target.entity';
import { TargetsRepository } from './targets.repository';
import { FindTarget } from './use-cases/find-target';
import { RecordAddressFailure } from './use-cases/record-address-failure';

const TARGET_RECORDS = [FindTarget, RecordAddressFailure];

/**
 * Targets as other modules read and change them in their own transaction: the use cases the notifications need. No
 * controller and no HTTP module, so the worker process can boot it (the routes live in TargetsModule).
 */
@Module({
  imports: [TypeOrmModule.forFeature([Target])],
  providers: [TargetsRepository, ...TARGET_RECORDS],
  exports: TARGET_RECORDS,
})
export class TargetRecordsModule {}
