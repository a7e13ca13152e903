import { Injectable } from '@nestjs/common';
import { AnswerCounts, ReplyQuestionsRepository } from '../reply-questions.repository';

/** What writers said when asked whether each target of an action answered their letter. */
@Injectable()
export class WriterAnswersPerTarget {
  constructor(private readonly questions: ReplyQuestionsRepository) {}

  execute(actionId: string): Promise<Map<string, AnswerCounts>> {
    return this.questions.answersByTarget(actionId);
  }
}
