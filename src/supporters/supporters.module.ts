import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActionsModule } from '../actions/actions.module';
import { SectionRecordsModule } from '../sections/section-records.module';
import { SupporterAccountsService } from './supporter-accounts.service';
import { SupporterMail } from './supporter-mail';
import { SupportersController } from './supporters.controller';
import { AppealRecordsRepository } from './appeal-records.repository';
import { SupportersRepository } from './supporters.repository';
import { CountAppeal } from './use-cases/count-appeal';
import { ListAppealIds } from './use-cases/list-appeal-ids';
import { ListSubscriptions } from './use-cases/list-subscriptions';
import { SupporterErasure } from './use-cases/supporter-erasure';
import { UncountAppeals } from './use-cases/uncount-appeals';
import { RecordSectionAppeals } from './use-cases/record-section-appeals';
import { Unfollow } from './use-cases/unfollow';

/** Sign-up, sign-in links and subscriptions; a supporter's own data and its routes are PersonalDataModule's. */
@Module({
  imports: [AccountsModule, ActionsModule, SectionRecordsModule],
  controllers: [SupportersController],
  providers: [
    SupporterAccountsService,
    SupporterMail,
    SupportersRepository,
    ListSubscriptions,
    Unfollow,
    AppealRecordsRepository,
    CountAppeal,
    UncountAppeals,
    SupporterErasure,
    ListAppealIds,
    RecordSectionAppeals,
  ],
  exports: [
    SupporterAccountsService,
    ListSubscriptions,
    Unfollow,
    CountAppeal,
    UncountAppeals,
    SupporterErasure,
    ListAppealIds,
    RecordSectionAppeals,
  ],
})
export class SupportersModule {}
