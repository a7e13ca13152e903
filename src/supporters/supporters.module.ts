import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActionsModule } from '../actions/actions.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { SectionLookupModule } from '../sections/section-lookup.module';
import { MeController } from './me.controller';
import { PersonalDataService } from './personal-data.service';
import { SupporterAccountsService } from './supporter-accounts.service';
import { SupporterMail } from './supporter-mail';
import { SupportersController } from './supporters.controller';
import { AppealRecordsRepository } from './appeal-records.repository';
import { SupportersRepository } from './supporters.repository';
import { CountAppeal } from './use-cases/count-appeal';
import { ListSubscriptions } from './use-cases/list-subscriptions';
import { UncountAppeals } from './use-cases/uncount-appeals';
import { Unfollow } from './use-cases/unfollow';

@Module({
  imports: [AccountsModule, ActionsModule, PrivacyModule, SectionLookupModule],
  controllers: [SupportersController, MeController],
  providers: [
    SupporterAccountsService,
    SupporterMail,
    PersonalDataService,
    SupportersRepository,
    ListSubscriptions,
    Unfollow,
    AppealRecordsRepository,
    CountAppeal,
    UncountAppeals,
  ],
  exports: [SupporterAccountsService, PersonalDataService, ListSubscriptions, Unfollow, CountAppeal, UncountAppeals],
})
export class SupportersModule {}
