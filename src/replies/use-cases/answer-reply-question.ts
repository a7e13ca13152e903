import { Inject, Injectable } from '@nestjs/common';
import { SignedLinks } from '../../accounts/signed-links';
import { Clock } from '../../common/clock';
import { Gone, Invalid, NotFound } from '../../platform/errors/domain-errors';
import { QuestionOnPage, ReplyQuestionsRepository } from '../reply-questions.repository';
import { isWriterAnswer, WriterAnswer } from '../writer-answer';

/**
 * The writer's answer to "did you get a reply?" about one letter. Reading the question records nothing (a link
 * scanner opens it too); answering sets the letter's one answer, so answering again changes it.
 */
@Injectable()
export class AnswerReplyQuestion {
  constructor(
    private readonly questions: ReplyQuestionsRepository,
    private readonly links: SignedLinks,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async show(token: string): Promise<QuestionOnPage> {
    const question = await this.questions.onPage(this.questionIdOf(token));
    if (!question) throw NotFound.at('token', 'This letter is no longer on record, so there is nothing to answer');
    return question;
  }

  async answer(token: string, answer: unknown): Promise<QuestionOnPage> {
    const questionId = this.questionIdOf(token);
    if (!isWriterAnswer(answer)) throw Invalid.at('answer', `answer must be one of: ${Object.values(WriterAnswer).join(', ')}`);
    if (!(await this.questions.answer(questionId, answer, this.clock.now()))) {
      throw NotFound.at('token', 'This letter is no longer on record, so there is nothing to answer');
    }
    return this.show(token);
  }

  /** A link that was tampered with or cut short is bad input (400); an expired one is gone (410). */
  private questionIdOf(token: string): string {
    const read = this.links.read('answer-reply-question', token);
    if (read.claims) return read.claims.subjectId;
    if (read.problem === 'expired') throw Gone.at('token', 'This link has expired: the question about this letter is closed');
    throw Invalid.at('token', 'This link is not valid (it was changed or is incomplete)');
  }
}
