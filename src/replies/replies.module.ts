import { MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ActionsModule } from '../actions/actions.module';
import { setSessionAside } from '../pages/my/page-forms';
import { PageRendererModule } from '../pages/page-renderer.module';
import { OfficialRepliesController } from './api/official-replies.controller';
import { OfficialRepliesRepository } from './official-replies.repository';
import { ReplyQuestionsSchedule } from './questions/reply-questions.schedule';
import { ReplyQuestionsModule } from './reply-questions.module';
import { AnswerReplyQuestion } from './use-cases/answer-reply-question';
import { ListOfficialReplies } from './use-cases/list-official-replies';
import { RecordOfficialReply } from './use-cases/record-official-reply';
import { RepliesPerTarget } from './use-cases/replies-per-target';
import { ReplyQuestionPagesController } from './web/reply-question-pages.controller';

/**
 * Replies from officials: recorded by staff and sections, on the action's timeline, counted per target; and the
 * writers' own word, asked two weeks after their letter went ("did you get a reply?"), answered on a page and counted
 * per target too. The schedule lives here, in the API process, like every scheduled task.
 */
@Module({
  imports: [AccountsModule, ActionsModule, PageRendererModule, ReplyQuestionsModule],
  controllers: [OfficialRepliesController, ReplyQuestionPagesController],
  providers: [
    OfficialRepliesRepository,
    RecordOfficialReply,
    ListOfficialReplies,
    RepliesPerTarget,
    AnswerReplyQuestion,
    ReplyQuestionsSchedule,
  ],
  exports: [RecordOfficialReply, ListOfficialReplies, RepliesPerTarget, ReplyQuestionsModule],
})
export class RepliesModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The answer form acts for whoever holds the link, never as a signed-in supporter.
    consumer.apply(setSessionAside).forRoutes(ReplyQuestionPagesController);
  }
}
