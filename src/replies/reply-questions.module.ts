import { Module } from '@nestjs/common';
import { SignedLinks } from '../accounts/signed-links';
import { ReplyQuestionsRepository } from './reply-questions.repository';
import { AskWritersAboutReplies } from './use-cases/ask-writers-about-replies';
import { WriterAnswersPerTarget } from './use-cases/writer-answers-per-target';

/**
 * "Did you get a reply?" as the worker runs it: finding the letters due and writing the questions to the outbox. No
 * controller and no HTTP module, so the worker process can boot it (the answer page lives in RepliesModule).
 * SignedLinks is stateless (a secret and the clock): this module makes its own rather than pull in AccountsModule.
 */
@Module({
  providers: [ReplyQuestionsRepository, AskWritersAboutReplies, WriterAnswersPerTarget, SignedLinks],
  exports: [ReplyQuestionsRepository, AskWritersAboutReplies, WriterAnswersPerTarget],
})
export class ReplyQuestionsModule {}
