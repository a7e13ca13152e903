import { Body, Controller, Get, Param, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../accounts/access.decorators';
import { RateLimited } from '../../accounts/rate-limited.decorator';
import { UnsubscribeService } from '../../notifications/unsubscribe/unsubscribe.service';
import { Conflict } from '../../platform/errors/domain-errors';
import { MagicLinkRequestDto, SignUpDto } from '../../supporters/dto/sign-up.dto';
import { SupporterAccountsService } from '../../supporters/supporter-accounts.service';
import { PageLanguage, pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { filled, FormProblem, problemOf, readForm, sendPage } from './page-forms';
import { clearSignInFormToken, issueSignInFormToken, signInFormTokenMatches } from './sign-in-form-token';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

/**
 * A supporter's pages that need no sign-in: follow an action or the network (double opt-in), the confirmation
 * link, one-click unsubscribe, and asking for a sign-in link.
 */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('my')
export class FollowPagesController {
  constructor(
    private readonly accounts: SupporterAccountsService,
    private readonly unsubscribes: UnsubscribeService,
    private readonly renderer: PageRenderer,
  ) {}

  @Get('follow')
  @Public()
  showFollow(@Query('action') actionId: unknown, @Req() request: Request, @Res() response: Response): void {
    const fields = { actionId: typeof actionId === 'string' ? actionId : '', name: '', email: '' };
    this.page(response, pageLanguageOf(request), 'my/follow', '/my/follow', { ...fields, problem: null });
  }

  @Post('follow')
  @Public()
  @RateLimited()
  async follow(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const fields = {
      name: filled(body, 'name') ?? '',
      email: filled(body, 'email') ?? '',
      language: filled(body, 'language') ?? language,
      actionId: filled(body, 'actionId'),
      website: filled(body, 'website'),
    };
    const again = (problem: FormProblem) =>
      this.page(
        response,
        language,
        'my/follow',
        '/my/follow',
        { actionId: fields.actionId ?? '', name: fields.name, email: fields.email, problem },
        problem.status,
      );
    const form = await readForm(SignUpDto, fields);
    if (form.problem) return again(form.problem);
    try {
      await this.accounts.signUp(form.input);
    } catch (error) {
      return again(problemOf(error));
    }
    response.redirect(303, `/my/check-email?lang=${language}`);
  }

  @Get('check-email')
  @Public()
  checkEmail(@Req() request: Request, @Res() response: Response): void {
    this.page(response, pageLanguageOf(request), 'my/check-email', '/my/check-email', {});
  }

  /** Where the confirmation email's link lands: confirms once, and says so in words. */
  @Get('confirm/:token')
  @Public()
  async confirm(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const path = `/my/confirm/${encodeURIComponent(token)}`;
    try {
      const subscription = await this.accounts.confirm(token);
      const action = subscription.action && { id: subscription.action.id, title: subscription.action.title };
      this.page(response, language, 'my/confirmed', path, { action, already: false });
    } catch (error) {
      if (error instanceof Conflict) return this.page(response, language, 'my/confirmed', path, { action: null, already: true });
      this.linkProblem(response, language, path, problemOf(error));
    }
  }

  /** A person (or a link scanner) opening the unsubscribe link sees what it stops and a button; only the button acts. */
  @Get('unsubscribe/:token')
  @Public()
  showUnsubscribe(@Param('token') token: string, @Req() request: Request, @Res() response: Response): void {
    const language = pageLanguageOf(request);
    const path = `/my/unsubscribe/${encodeURIComponent(token)}`;
    try {
      const { scope } = this.unsubscribes.describe(token);
      this.page(response, language, 'my/unsubscribe', path, {
        token,
        scope: this.renderer.text(language, `my.unsubscribe.scope.${scope}`),
        done: false,
      });
    } catch (error) {
      this.linkProblem(response, language, path, problemOf(error));
    }
  }

  @Post('unsubscribe/:token')
  @Public()
  async unsubscribe(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const path = `/my/unsubscribe/${encodeURIComponent(token)}`;
    try {
      const { scope } = await this.unsubscribes.unsubscribe(token);
      this.page(response, language, 'my/unsubscribe', path, {
        token,
        scope: this.renderer.text(language, `my.unsubscribe.scope.${scope}`),
        done: true,
      });
    } catch (error) {
      this.linkProblem(response, language, path, problemOf(error));
    }
  }

  @Get('sign-in')
  @Public()
  showSignIn(@Req() request: Request, @Res() response: Response): void {
    this.page(response, pageLanguageOf(request), 'my/sign-in', '/my/sign-in', { email: '', problem: null });
  }

  /** Answers the same whether or not the address is known, so the form tells nobody who supports us. */
  @Post('sign-in')
  @Public()
  @RateLimited()
  async requestSignIn(@Body() body: Record<string, unknown>, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const form = await readForm(MagicLinkRequestDto, { email: filled(body, 'email') });
    if (form.problem) {
      return this.page(response, language, 'my/sign-in', '/my/sign-in', { email: filled(body, 'email') ?? '', problem: form.problem }, 400);
    }
    await this.accounts.requestSignInLink(form.input.email);
    response.redirect(303, `/my/check-email?lang=${language}`);
  }

  /**
   * The sign-in link's landing: who it signs in, and a button. Opening it changes nothing, so a link scanner or
   * proxy fetching it cannot use it up. The button's form is bound to this browser (see SignInForms).
   */
  @Get('session/:token')
  @Public()
  @RateLimited()
  async showSession(@Param('token') token: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    const path = `/my/session/${encodeURIComponent(token)}`;
    try {
      const supporter = await this.accounts.signInLinkHolder(token);
      this.page(response, language, 'my/session', path, { token, name: supporter.name, formToken: issueSignInFormToken(response) });
    } catch (error) {
      this.linkProblem(response, language, '/my/sign-in', problemOf(error));
    }
  }

  /** The button: uses the link once, opens the session (cookie) and goes to the supporter's own page. */
  @Post('session/:token')
  @Public()
  @RateLimited()
  async openSession(
    @Param('token') token: string,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    if (!signInFormTokenMatches(request, body)) {
      const message = this.renderer.text(language, 'my.session.notThisBrowser');
      return this.linkProblem(response, language, '/my/sign-in', { status: 403, messages: [message] });
    }
    try {
      await this.accounts.openSession(token, response);
    } catch (error) {
      return this.linkProblem(response, language, '/my/sign-in', problemOf(error));
    }
    clearSignInFormToken(response);
    response.redirect(303, `/my?lang=${language}`);
  }

  private linkProblem(response: Response, language: PageLanguage, path: string, problem: FormProblem): void {
    this.page(response, language, 'my/link-problem', path, { problem }, problem.status);
  }

  private page(response: Response, language: PageLanguage, view: string, path: string, model: object, status = 200): void {
    sendPage(this.renderer, response, { language, view, path, status }, model);
  }
}
