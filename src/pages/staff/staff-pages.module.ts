import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { AccountsModule } from '../../accounts/accounts.module';
import { ActionsModule } from '../../actions/actions.module';
import { FiguresModule } from '../../figures/figures.module';
import { ImportsModule } from '../../importer/imports.module';
import { RepliesModule } from '../../replies/replies.module';
import { LettersModule } from '../../letters/letters.module';
import { SectionsModule } from '../../sections/sections.module';
import { TargetsModule } from '../../targets/targets.module';
import { PageRendererModule } from '../page-renderer.module';
import { ShowStaffActionPage } from '../../actions/use-cases/show-staff-action-page';
import { ShowLetterPreviews } from '../../letters/use-cases/show-letter-previews';
import { ShowActionEditor } from '../../actions/use-cases/show-action-editor';
import { StaffActionEditorController } from './staff-action-editor.controller';
import { StaffActionPage } from './staff-action-page';
import { StaffActionStepsController } from './staff-action-steps.controller';
import { StaffDashboardController } from './staff-dashboard.controller';
import { StaffDirectoryController } from './staff-directory.controller';
import { StaffFormBody } from './staff-form-body.middleware';
import { StaffImportController } from './staff-import.controller';
import { StaffPage } from './staff-page';
import { StaffSectionsController } from './staff-sections.controller';
import { StaffLetterBurstsController } from './staff-letter-bursts.controller';
import { StaffSectionsView } from './staff-sections.view';
import { StaffSessionController } from './staff-session.controller';
import { StaffSetupController } from './staff-setup.controller';
import { StaffTranslationApprovalController } from './staff-translation-approval.controller';

const CONTROLLERS = [
  StaffSessionController,
  StaffSetupController,
  // Before the dashboard's `actions/:id`, so that `actions/new` is the editor.
  StaffActionEditorController,
  StaffActionStepsController,
  StaffLetterBurstsController,
  StaffDashboardController,
  StaffImportController,
  StaffDirectoryController,
  StaffSectionsController,
  StaffTranslationApprovalController,
];

/** The staff pages under /staff. */
@Module({
  imports: [
    AccountsModule,
    ActionsModule,
    FiguresModule,
    ImportsModule,
    LettersModule,
    PageRendererModule,
    RepliesModule,
    SectionsModule,
    TargetsModule,
  ],
  controllers: CONTROLLERS,
  // The page use cases compose several modules' (actions, figures, letters, replies, notifications): the module serving the
  // pages imports them all and provides them, since those modules import ActionsModule.
  providers: [StaffPage, StaffActionPage, StaffSectionsView, ShowStaffActionPage, ShowLetterPreviews, ShowActionEditor],
})
export class StaffPagesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // Bound to all methods by path: the route table then reads it as middleware, not as routes without a rule.
    consumer.apply(StaffFormBody).forRoutes({ path: 'staff/{*rest}', method: RequestMethod.ALL });
  }
}
