import { Body, Controller, Get, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { SupporterOnly } from '../../accounts/access.decorators';
import { CurrentPrincipal, type Principal } from '../../accounts/principal';
import { clearSessionCookies } from '../../accounts/session-cookies';
import { IdParam } from '../../common/id-param';
import { UpdateProfileDto } from '../../supporters/dto/update-profile.dto';
import { PersonalDataService } from '../../supporters/personal-data.service';
import { NoticeFrequency } from '../../supporters/notice-frequency';
import type { SubscriptionRecord, SupporterRecord } from '../../supporters/supporter-read-model';
import { ListSubscriptions } from '../../supporters/use-cases/list-subscriptions';
import { Unfollow } from '../../supporters/use-cases/unfollow';
import { PAGE_LANGUAGES, PageLanguage, pageLanguageOf } from '../page-language';
import { PageRenderer } from '../page-renderer';
import { csrfTokenOf, filled, FormProblem, readForm, sendPage } from './page-forms';
import { DomainErrorPageFilter } from '../domain-error-page.filter';

/** A signed-in supporter's own page: preferences, what they follow, their data and its erasure. Always their own: the id comes from the session. */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller('my')
export class MyAccountController {
  constructor(
    private readonly personalData: PersonalDataService,
    private readonly subscriptions: ListSubscriptions,
    private readonly unfollows: Unfollow,
    private readonly renderer: PageRenderer,
  ) {}

  @Get()
  @SupporterOnly()
  async show(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): Promise<void> {
    await this.render(request, response, supporterOf(principal), null, request.query.saved === '1');
  }

  @Post('preferences')
  @SupporterOnly()
  async savePreferences(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const supporter = supporterOf(principal);
    const form = await readForm(UpdateProfileDto, {
      name: filled(body, 'name'),
      language: filled(body, 'language'),
      noticeFrequency: filled(body, 'noticeFrequency'),
      // An unticked box sends nothing: the form always says whether the supporter shares.
      sharesWithSection: body.sharesWithSection === 'yes',
    });
    if (form.problem) return this.render(request, response, supporter, form.problem, false);
    const saved = await this.personalData.updateProfile(supporter.id, form.input);
    const language = (PAGE_LANGUAGES as readonly string[]).includes(saved.language) ? saved.language : pageLanguageOf(request);
    response.redirect(303, `/my?lang=${language}&saved=1`);
  }

  /** Stops one subscription the way the emails' unsubscribe link does, so waiting messages are cancelled too. */
  @Post('unfollow/:subscriptionId')
  @SupporterOnly()
  async unfollow(
    @CurrentPrincipal() principal: Principal,
    @IdParam('subscriptionId') subscriptionId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    await this.unfollows.execute(supporterOf(principal).id, subscriptionId);
    response.redirect(303, `/my?lang=${pageLanguageOf(request)}`);
  }

  /** Everything we hold about the supporter, as a file to keep. */
  @Get('data')
  @SupporterOnly()
  async download(@CurrentPrincipal() principal: Principal, @Res() response: Response): Promise<void> {
    const data = await this.personalData.export(supporterOf(principal).id);
    response
      .status(200)
      .type('json')
      .attachment('my-data.json')
      .send(JSON.stringify(data, null, 2));
  }

  @Get('erase')
  @SupporterOnly()
  confirmErase(@CurrentPrincipal() principal: Principal, @Req() request: Request, @Res() response: Response): void {
    supporterOf(principal);
    this.page(response, pageLanguageOf(request), 'my/erase', '/my/erase', { csrf: csrfTokenOf(request), problem: null });
  }

  @Post('erase')
  @SupporterOnly()
  async erase(
    @CurrentPrincipal() principal: Principal,
    @Body() body: Record<string, unknown>,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    if (body.confirm !== 'yes') {
      const problem = { status: 400, messages: [this.renderer.text(language, 'my.erase.confirmNeeded')] };
      return this.page(response, language, 'my/erase', '/my/erase', { csrf: csrfTokenOf(request), problem }, 400);
    }
    await this.personalData.erase(supporterOf(principal).id);
    clearSessionCookies(response);
    this.page(response, language, 'my/erased', '/my/erase', {});
  }

  private async render(
    request: Request,
    response: Response,
    supporter: SupporterRecord,
    problem: FormProblem | null,
    saved: boolean,
  ): Promise<void> {
    const language = pageLanguageOf(request);
    const subscriptions = await this.subscriptions.execute(supporter.id);
    const model = {
      csrf: csrfTokenOf(request),
      saved,
      problem,
      name: supporter.name,
      email: supporter.email,
      sharesWithSection: supporter.sharesWithSection,
      languages: PAGE_LANGUAGES.map((tag) => ({ tag, name: languageName(tag), selected: tag === supporter.language })),
      frequencies: Object.values(NoticeFrequency).map((value) => ({
        value,
        label: this.renderer.text(language, `my.account.frequency.${value}`),
        selected: value === supporter.noticeFrequency,
      })),
      subscriptions: subscriptions.map((subscription) => ({
        id: subscription.id,
        what: subscription.action?.title ?? this.renderer.text(language, 'my.account.network'),
        actionId: subscription.action?.id ?? null,
        state: this.renderer.text(language, `my.account.state.${stateOf(subscription)}`),
        active: stateOf(subscription) !== 'stopped',
      })),
    };
    this.page(response, language, 'my/account', '/my', model, problem?.status ?? 200);
  }

  private page(response: Response, language: PageLanguage, view: string, path: string, model: object, status = 200): void {
    sendPage(this.renderer, response, { language, view, path, status }, model);
  }
}

function supporterOf(principal: Principal): SupporterRecord {
  if (principal.kind !== 'supporter') throw new Error('SupporterOnly routes are only reached by supporters');
  return principal.supporter;
}

function stateOf(subscription: SubscriptionRecord): 'following' | 'pending' | 'stopped' {
  if (subscription.unsubscribedAt) return 'stopped';
  return subscription.confirmedAt ? 'following' : 'pending';
}

function languageName(tag: PageLanguage): string {
  return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag;
}
