import { Injectable } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ActionOutcome, ActionUpdateKind } from '../../actions/action-vocabulary';
import { ShowStaffActionPage } from '../../actions/use-cases/show-staff-action-page';
import { Clock } from '../../common/clock';
import { forecastView } from './forecast-view';
import { ReplyChannel } from '../../replies/reply-channel';
import { pageLanguageOf } from '../page-language';
import { StaffPage } from './staff-page';
import { actionSummaryView, figuresView } from './staff-views';

export const DONE_STEPS = ['created', 'saved', 'published', 'updated', 'closed', 'burstCancelled', 'replyRecorded', 'steered'] as const;

/** One action as staff follow it, as a page: appeals per target, channel and day, deliveries, updates, and the next steps' forms. */
@Injectable()
export class StaffActionPage {
  constructor(
    private readonly actionPage: ShowStaffActionPage,
    private readonly page: StaffPage,
    private readonly clock: Clock,
  ) {}

  async send(request: Request, response: Response, id: string, outcome: { done?: string; problem?: string }, status = 200): Promise<void> {
    const language = pageLanguageOf(request);
    const { action, figures, deliveries: report, updates, bursts, forecast, replies } = await this.actionPage.execute(id);
    const targetNames = new Map(action.targets.map((link) => [link.target.id, link.target.name]));
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    const done = (DONE_STEPS as readonly string[]).includes(outcome.done ?? '')
      ? this.page.text(request, `staff.done.${outcome.done}`)
      : null;
    this.page.send(
      request,
      response,
      'action',
      'staff.action.title',
      {
        action: actionSummaryView(action, language, this.clock.now()),
        figures: figuresView(figures, language),
        deliveries: {
          sent: report.sent,
          pending: report.pending,
          failed: report.failed,
          held: report.held,
          cancelled: report.cancelled,
          failures: report.failures.map((message) => ({
            kind: message.kind,
            recipient: message.recipient,
            status: message.status,
            reason: message.lastError ?? '',
          })),
          bursts: bursts.map((burst) => ({ ...burst, first: dateFormat.format(burst.first), last: dateFormat.format(burst.last) })),
        },
        forecast: forecastView(forecast, language, (key, values) => this.page.text(request, key, values)),
        replies: replies.map((reply) => ({
          target: targetNames.get(reply.targetId) ?? reply.targetId,
          receivedOn: reply.receivedOn,
          channel: reply.channel,
          summary: reply.summary,
          isPublic: reply.isPublic,
        })),
        replyTargets: [...targetNames].map(([targetId, name]) => ({ id: targetId, name })),
        replyChannels: Object.values(ReplyChannel),
        today: this.clock.now().toISOString().slice(0, 10),
        updates: updates.map((update) => ({ kind: update.kind, title: update.title, published: dateFormat.format(update.publishedAt) })),
        updateKinds: Object.values(ActionUpdateKind),
        outcomes: Object.values(ActionOutcome),
        problem: outcome.problem ?? null,
        done,
      },
      status,
    );
  }
}
