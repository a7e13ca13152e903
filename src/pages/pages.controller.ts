import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../accounts/access.decorators';
import type { OpenActions } from '../actions/use-cases/read-published-actions';
import { ShowActionPage } from '../actions/use-cases/show-action-page';
import { ShowIndexPage } from '../actions/use-cases/show-index-page';
import { Clock } from '../common/clock';
import { actionCard, actionPage } from './action-view-models';
import { PageLanguage, pageLanguageOf } from './page-language';
import { PageRenderer } from './page-renderer';
import { RenderedPage, RenderedPages } from './rendered-pages';
import { DomainErrorPageFilter } from './domain-error-page.filter';

/** The supporters' pages: the index of open actions and each action as the document reads. */
@ApiExcludeController()
@UseFilters(DomainErrorPageFilter)
@Controller()
export class PagesController {
  constructor(
    private readonly indexPage: ShowIndexPage,
    private readonly actionPage: ShowActionPage,
    private readonly renderer: PageRenderer,
    private readonly pages: RenderedPages,
    private readonly clock: Clock,
  ) {}

  @Get()
  @Public()
  async index(@Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    send(response, await this.pages.get(`${language}:/`, () => this.renderIndex(language)));
  }

  @Get('urgent-actions/:id')
  @Public()
  async action(@Param('id') id: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const language = pageLanguageOf(request);
    send(response, await this.pages.get(`${language}:/urgent-actions/${id}`, () => this.renderAction(id, language)));
  }

  private async renderIndex(language: PageLanguage): Promise<RenderedPage> {
    const now = this.clock.now();
    const cardsOf = ({ actions, appealTotals }: OpenActions) =>
      actions.map((action) => actionCard(action, appealTotals.get(action.id) ?? 0, language, now));
    const { open, recentOutcomes: closed } = await this.indexPage.execute();
    const title = this.renderer.text(language, 'index.title');
    return {
      status: 200,
      html: this.renderer.render('index', { language, title, path: '/' }, { actions: cardsOf(open), outcomes: cardsOf(closed) }),
    };
  }

  private async renderAction(id: string, language: PageLanguage): Promise<RenderedPage> {
    const found = await this.actionPage.execute(id);
    const path = `/urgent-actions/${encodeURIComponent(id)}`;
    if (!found) {
      const title = this.renderer.text(language, 'notFound.title');
      return { status: 404, html: this.renderer.render('not-found', { language, title, path }, {}) };
    }
    const model = actionPage(found.action, found.updates, found.appeals, language, this.clock.now(), found.replies);
    return { status: 200, html: this.renderer.render('action', { language, title: model.title, path }, { action: model }) };
  }
}

function send(response: Response, page: RenderedPage): void {
  response.status(page.status).type('html').set('Vary', 'Accept-Language').send(page.html);
}
