import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { LettersModule } from '../letters/letters.module';
import { SupportersModule } from '../supporters/supporters.module';
import { PrivacyRepository } from './privacy.repository';
import { RetentionTask } from './retention.task';
import { ErasePersonalData } from './use-cases/erase-personal-data';
import { ReadWriterData } from './use-cases/read-writer-data';

// ScheduleModule.forRoot() is imported once, by the notifications module; a second import would run every cron twice.
@Module({
  imports: [AccountsModule, LettersModule, SupportersModule],
  providers: [RetentionTask, PrivacyRepository, ErasePersonalData, ReadWriterData],
  exports: [ErasePersonalData, ReadWriterData],
})
export class PrivacyModule {}
