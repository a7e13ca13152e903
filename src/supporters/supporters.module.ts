import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { MeController } from './me.controller';
import { PersonalDataService } from './personal-data.service';
import { SupporterAccountsService } from './supporter-accounts.service';
import { SupporterMail } from './supporter-mail';
import { SupportersController } from './supporters.controller';

@Module({
  imports: [AccountsModule],
  controllers: [SupportersController, MeController],
  providers: [SupporterAccountsService, SupporterMail, PersonalDataService],
  exports: [SupporterAccountsService, PersonalDataService],
})
export class SupportersModule {}
