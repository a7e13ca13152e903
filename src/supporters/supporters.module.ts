import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { MeController } from './me.controller';
import { PersonalDataService } from './personal-data.service';
import { SupporterAccountsService } from './supporter-accounts.service';
import { SupporterMail } from './supporter-mail';
import { SupportersController } from './supporters.controller';
import { SupportersRepository } from './supporters.repository';
import { ListSubscriptions } from './use-cases/list-subscriptions';
import { Unfollow } from './use-cases/unfollow';

@Module({
  imports: [AccountsModule, PrivacyModule],
  controllers: [SupportersController, MeController],
  providers: [SupporterAccountsService, SupporterMail, PersonalDataService, SupportersRepository, ListSubscriptions, Unfollow],
  exports: [SupporterAccountsService, PersonalDataService, ListSubscriptions, Unfollow],
})
export class SupportersModule {}
