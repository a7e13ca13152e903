import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { MeController } from './me.controller';
import { PersonalDataService } from './personal-data.service';
import { SupportersRepository } from './supporters.repository';

/**
 * A supporter's own data, with the /me routes: everything held about them, a change to their profile, their erasure.
 * Apart from SupportersModule because the export and the erasure go through the privacy module, which itself builds
 * on SupportersModule's use cases (SupporterErasure, ListAppealIds).
 */
@Module({
  imports: [AccountsModule, PrivacyModule],
  controllers: [MeController],
  providers: [PersonalDataService, SupportersRepository],
  exports: [PersonalDataService],
})
export class PersonalDataModule {}
