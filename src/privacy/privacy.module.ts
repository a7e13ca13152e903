import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PrivacyRepository } from './privacy.repository';
import { RetentionTask } from './retention.task';

// ScheduleModule.forRoot() is imported once, by the notifications module; a second import would run every cron twice.
@Module({ imports: [AccountsModule], providers: [RetentionTask, PrivacyRepository], exports: [PrivacyRepository] })
export class PrivacyModule {}
