import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../../accounts/accounts.module';
import { LettersModule } from '../../letters/letters.module';
import { PersonalDataModule } from '../../supporters/personal-data.module';
import { SupportersModule } from '../../supporters/supporters.module';
import { PageRendererModule } from '../page-renderer.module';
import { FollowPagesController } from './follow-pages.controller';
import { LetterConfirmationPagesController } from './letter-confirmation-pages.controller';
import { MyAccountController } from './my-account.controller';
import { formCsrfToHeader, setSessionAside } from './page-forms';

/** A supporter's own pages under /my. */
@Module({
  imports: [AccountsModule, LettersModule, PageRendererModule, PersonalDataModule, SupportersModule],
  controllers: [FollowPagesController, LetterConfirmationPagesController, MyAccountController],
})
export class MyPagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(setSessionAside).forRoutes(FollowPagesController, LetterConfirmationPagesController);
    // By path for every method: bound to the controller, Nest would also serve its '' route at '/my/'.
    consumer.apply(formCsrfToHeader).forRoutes({ path: 'my/{*rest}', method: RequestMethod.ALL });
  }
}
