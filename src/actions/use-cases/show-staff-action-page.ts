import { Injectable } from '@nestjs/common';
import type { AppealFigures } from '../../figures/appeal-figures';
import { AppealFiguresService } from '../../figures/appeal-figures.service';
import { type LetterBurst, LetterBursts } from '../../letters/consent/letter-bursts.service';
import { DeliveriesService } from '../../notifications/deliveries/deliveries.service';
import { DeliveryForecast, type DeliveryForecastReport } from '../../notifications/deliveries/delivery-forecast';
import { ListOfficialReplies, type OfficialReplyRecord } from '../../replies/use-cases/list-official-replies';
import type { ActionUpdateRecord, ActionWithTargets } from '../action-read-model';
import { ActionUpdatesService } from '../action-updates.service';
import { ActionsService } from '../actions.service';

export type DeliveryReport = Awaited<ReturnType<DeliveriesService['report']>>;

/** One action as staff follow it: its appeals, deliveries and their forecast, bursts of letters, updates and every reply. */
export interface StaffActionPageReadModel {
  action: ActionWithTargets;
  figures: AppealFigures;
  deliveries: DeliveryReport;
  updates: ActionUpdateRecord[];
  bursts: LetterBurst[];
  forecast: DeliveryForecastReport;
  replies: OfficialReplyRecord[];
}

/** The staff page of one action, drafts included; an unknown action is not found. */
@Injectable()
export class ShowStaffActionPage {
  constructor(
    private readonly actions: ActionsService,
    private readonly figures: AppealFiguresService,
    private readonly updates: ActionUpdatesService,
    private readonly deliveries: DeliveriesService,
    private readonly forecasts: DeliveryForecast,
    private readonly replies: ListOfficialReplies,
    private readonly bursts: LetterBursts,
  ) {}

  async execute(id: string): Promise<StaffActionPageReadModel> {
    const [action, figures, deliveries, updates, bursts, forecast, replies] = await Promise.all([
      this.actions.get(id),
      this.figures.forAction(id),
      this.deliveries.report(id),
      this.updates.list(id),
      this.bursts.list(id),
      this.forecasts.forAction(id),
      this.replies.execute(id, true),
    ]);
    return { action, figures, deliveries, updates, bursts, forecast, replies };
  }
}
