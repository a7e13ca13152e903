import { Body, Controller, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../accounts/access.decorators';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { problemOf, sendPage } from '../../pages/my/page-forms';
import { PageLanguage, pageLanguageOf } from '../../pages/page-language';
import { PageRenderer } from '../../pages/page-renderer';
import type { QuestionOnPage } from '../reply-questions.repository';
import { AnswerReplyQuestion } from '../use-cases/answer-reply-question';
import { WRITER_ANSWERS, WriterAnswer } from '../writer-answer';

/**
 * Where an answer link lands: the letter, and one button per answer. Opening it records nothing, so a mail scanner
 * following every link answers nothing; the button's POST records (or changes) the answer.
 */
@ApiExcludeController()
@Controller('my/replies')
export class ReplyQuestionPagesController {
  constructor(
    private readonly answers: AnswerReplyQuestion,
    private readonly renderer: PageRenderer,
  ) {}

  @Get(':token')
  @Public()
  @RateLimited()
  async show(
    @Param('token') token: string,
    @Query('answer') chosen: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    try {
      const question = await this.answers.show(token);
      this.page(response, language, token, question, {
        justAnswered: false,
        chosen: typeof chosen === 'string' ? chosen.replace('-', ' ') : null,
      });
    } catch (error) {
      this.problem(response, language, token, error);
    }
  }

  @Post(':token')
  @Public()
  @RateLimited()
  async answer(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    try {
      const question = await this.answers.answer(token, body?.answer);
      this.page(response, language, token, question, { justAnswered: true, chosen: null });
    } catch (error) {
      this.problem(response, language, token, error);
    }
  }

  private page(
    response: Response,
    language: PageLanguage,
    token: string,
    question: QuestionOnPage,
    state: { justAnswered: boolean; chosen: string | null },
  ): void {
    const label = (answer: WriterAnswer) => this.renderer.text(language, `my.replies.answer.${answer}`);
    sendPage(
      this.renderer,
      response,
      { language, view: 'my/reply-question', path: pathOf(token), title: this.renderer.text(language, 'my.replies.title') },
      {
        token,
        justAnswered: state.justAnswered,
        currentAnswer: question.answer ? label(question.answer) : null,
        question: {
          targetName: question.targetName,
          action: question.actionReference ? `${question.actionReference}: ${question.actionTitle}` : question.actionTitle,
          sentOn: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(question.letterSentAt)),
        },
        answers: WRITER_ANSWERS.map((value) => ({ value, label: label(value), chosen: !state.justAnswered && value === state.chosen })),
      },
    );
  }

  private problem(response: Response, language: PageLanguage, token: string, error: unknown): void {
    const problem = problemOf(error);
    sendPage(
      this.renderer,
      response,
      {
        language,
        view: 'my/reply-problem',
        path: pathOf(token),
        status: problem.status,
        title: this.renderer.text(language, 'my.replies.linkProblem'),
      },
      { problem },
    );
  }
}

const pathOf = (token: string) => `/my/replies/${encodeURIComponent(token)}`;
