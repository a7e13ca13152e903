import { Controller, Get, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../accounts/access.decorators';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { LetterRequests } from '../../letters/consent/letter-requests.service';
import { pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { problemOf, sendPage } from './page-forms';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

/**
 * Where a writer's confirmation link lands: the letters waiting to go in their name, and a button that sends them.
 * Opening the link sends nothing, so a mail scanner following it cannot consent for the writer.
 */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('my/letters')
export class LetterConfirmationPagesController {
  constructor(
    private readonly requests: LetterRequests,
    private readonly renderer: PageRenderer,
  ) {}

  @Get(':token')
  @Public()
  @RateLimited()
  async show(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(request, response, token, false);
  }

  @Post(':token')
  @Public()
  @RateLimited()
  async confirm(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.answer(request, response, token, true);
  }

  private async answer(request: Request, response: Response, token: string, confirming: boolean): Promise<void> {
    const language = pageLanguageOf(request);
    const path = `/my/letters/${encodeURIComponent(token)}`;
    try {
      if (confirming) await this.requests.confirm(token);
      const { letters, confirmedAt, writerEmail } = await this.requests.awaiting(token);
      const model = {
        token,
        writerEmail,
        confirmed: Boolean(confirmedAt),
        justConfirmed: confirming,
        letters: letters.map((letter) => ({
          ...letter,
          channelText: this.renderer.text(language, `my.letters.channel.${letter.channel}`),
          stateText:
            letter.status === 'confirmed' && letter.dueAt
              ? this.renderer.text(language, 'my.letters.goesAt', { time: goesAt(language, letter.dueAt) })
              : this.renderer.text(language, `my.letters.state.${letter.status.replace(' ', '-')}`, { reason: letter.cancelReason ?? '' }),
        })),
      };
      sendPage(this.renderer, response, { language, view: 'my/letters', path }, model);
    } catch (error) {
      const problem = problemOf(error);
      sendPage(this.renderer, response, { language, view: 'my/link-problem', path, status: problem.status }, { problem });
    }
  }
}

function goesAt(language: string, at: Date): string {
  const parts = { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
  return new Intl.DateTimeFormat(language, { ...parts, timeZone: 'UTC', timeZoneName: 'short' }).format(at);
}
