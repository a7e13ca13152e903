import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../../accounts/accounts.module';
import { UnsubscribeLinks } from '../../notifications/unsubscribe/unsubscribe-links';
import { UnsubscribeService } from '../../notifications/unsubscribe/unsubscribe.service';
import { PersonalDataService } from '../../supporters/personal-data.service';
import { SupporterAccountsService } from '../../supporters/supporter-accounts.service';
import { SupporterMail } from '../../supporters/supporter-mail';
import { PageRenderer } from '../page-renderer';
import { FollowPagesController } from './follow-pages.controller';
import { MyAccountController } from './my-account.controller';
import { formCsrfToHeader, setSessionAside } from './page-forms';

/**
 * A supporter's own pages under /my. The supporter and unsubscribe services keep no state, and their modules do
 * not export them, so this module provides its own instances.
 */
@Module({
  imports: [AccountsModule],
  controllers: [FollowPagesController, MyAccountController],
  providers: [PageRenderer, SupporterAccountsService, SupporterMail, PersonalDataService, UnsubscribeService, UnsubscribeLinks],
})
export class MyPagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(setSessionAside).forRoutes(FollowPagesController);
    // By path for every method: bound to the controller, Nest would also serve its '' route at '/my/'.
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'my/{*rest}', method: RequestMethod.ALL });
  }
}
